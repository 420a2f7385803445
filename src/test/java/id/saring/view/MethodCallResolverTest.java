package id.saring.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page's method call is answered here only in the plain case, and as EL would answer it. */
class MethodCallResolverTest {

    private final MethodCallResolver resolver = new MethodCallResolver();

    /** What a page calls methods on. */
    public record Text(String indonesian, String english) {

        public String in(String language) {
            return "en".equals(language) ? english : indonesian;
        }

        public String repeated(int times) {
            return indonesian.repeat(times);
        }

        public String pick(String a) {
            return a;
        }

        public String pick(Integer a) {
            return "number";
        }

        public String joined(String... parts) {
            return String.join("", parts);
        }

        public String failing() {
            throw new IllegalStateException("no text");
        }

        public static String helper() {
            return "static";
        }
    }

    private static final Text TEXT = new Text("halo", "hello");

    @Test
    void aPlainCallIsAnsweredAndMarkedResolved() {
        Context context = new Context();
        assertEquals("hello", resolver.invoke(context, TEXT, "in", null, new Object[] {"en"}));
        assertTrue(context.isPropertyResolved());
        Context none = new Context();
        assertEquals("halo", resolver.invoke(none, TEXT, "indonesian", null, null));
        assertTrue(none.isPropertyResolved());
    }

    @Test
    void argumentsAreConvertedAsTheContextConverts() {
        Context context = new Context();
        assertEquals("halohalo", resolver.invoke(context, TEXT, "repeated", null, new Object[] {"2"}));
        assertEquals(List.of(int.class), context.conversions);
    }

    @Test
    void whatElsDecidesIsLeftToIt() {
        assertLeft(TEXT, "pick", null, new Object[] {"a"}); // overloaded
        assertLeft(TEXT, "joined", null, new Object[] {"a"}); // varargs
        assertLeft(TEXT, "helper", null, null); // static
        assertLeft(TEXT, "missing", null, null);
        assertLeft(TEXT, "in", new Class<?>[] {String.class}, new Object[] {"en"}); // a method expression
        assertLeft(new ELClass(Text.class), "helper", null, null);
        assertLeft(null, "in", null, new Object[] {"en"});
        assertLeft(List.of(1, 2), "size", null, null); // declared by a class not open to callers
    }

    @Test
    void whatTheMethodThrowsReachesThePageAsElDoes() {
        ELException e =
                assertThrows(ELException.class, () -> resolver.invoke(new Context(), TEXT, "failing", null, null));
        assertEquals(IllegalStateException.class, e.getCause().getClass());
    }

    @Test
    void facesIsToldOfIt() throws IOException {
        String config = Files.readString(Path.of("src/main/webapp/WEB-INF/faces-config.xml"));
        assertTrue(config.contains("<el-resolver>id.saring.view.MethodCallResolver</el-resolver>"));
    }

    private void assertLeft(Object base, String method, Class<?>[] types, Object[] params) {
        Context context = new Context();
        assertNull(resolver.invoke(context, base, method, types, params));
        assertFalse(context.isPropertyResolved(), method);
    }

    /** An EL context that converts only what needs no conversion, strings to numbers, and records what it was asked. */
    private static final class Context extends ELContext {

        final List<Class<?>> conversions = new ArrayList<>();

        @Override
        public <T> T convertToType(Object value, Class<T> type) {
            conversions.add(type);
            if (type == int.class) {
                @SuppressWarnings("unchecked")
                T number = (T) Integer.valueOf(value.toString());
                return number;
            }
            return type.cast(value);
        }

        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
