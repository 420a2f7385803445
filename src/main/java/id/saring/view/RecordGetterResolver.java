package id.saring.view;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets pages read a record's derived properties ({@code #{progress.started}} for {@code
 * isStarted()}) as they read a bean's. Expression Language 6 (Jakarta EE 11) resolves a record's
 * properties from its components only and fails on anything else, where EL 5 treated a record as
 * a bean; Saring's records carry such getters on purpose (the page asks the record, the rule stays
 * in one place). Components themselves are left to EL's own record resolver.
 */
public class RecordGetterResolver extends ELResolver {

    /** Per record class and property, the getter or none: looked up once, asked on every render. */
    private static final Map<Class<?>, Map<String, Optional<Method>>> GETTERS = new ConcurrentHashMap<>();

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Optional<Method> getter = getter(base, property);
        if (getter.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return getter.get().invoke(base);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Optional<Method> getter = getter(base, property);
        if (getter.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only, as EL asks
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (getter(base, property).isPresent()) {
            throw new PropertyNotWritableException(property + " of a record is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (getter(base, property).isEmpty()) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    private static Optional<Method> getter(Object base, Object property) {
        if (!(base instanceof Record record) || !(property instanceof String name) || name.isEmpty()) {
            return Optional.empty();
        }
        return GETTERS.computeIfAbsent(record.getClass(), type -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> find(record.getClass(), n));
    }

    private static Optional<Method> find(Class<?> type, String name) {
        boolean component = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .anyMatch(name::equals);
        if (component) {
            return Optional.empty();
        }
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[] {"is" + capitalized, "get" + capitalized}) {
            try {
                Method method = type.getMethod(candidate);
                boolean usable = Modifier.isPublic(type.getModifiers())
                        && !Modifier.isStatic(method.getModifiers())
                        && (!candidate.startsWith("is") || method.getReturnType() == boolean.class);
                if (usable) {
                    return Optional.of(method);
                }
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
