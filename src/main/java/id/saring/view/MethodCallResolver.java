package id.saring.view;

import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the method of a call in a page ({@code #{q.text().in(language.tag)}}) once per class,
 * name and number of arguments, instead of on every call. EL's own bean resolver asks the class
 * for all its public methods (a fresh copy of the array each time) on every call it resolves: on
 * a student's attempt page that was an eighth of the page's time (Java Flight Recorder, warm
 * server, 2026-12-07). Only the plain case is taken here: one public method of that name and
 * number of arguments, not varargs, callable from here, called with arguments that are not
 * lambdas; anything else (overloads, static calls, method expressions of actions) is left to EL's
 * resolvers, which behave as before. Arguments are converted as EL converts them.
 */
public class MethodCallResolver extends ELResolver {

    private record Call(Class<?> type, String name, int arity) {}

    /** Per class, name and arity, the one method to call, or none when EL's resolver decides. */
    private static final Map<Call, Optional<Method>> METHODS = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        Object[] arguments = params == null ? new Object[0] : params;
        if (base == null
                || base instanceof ELClass
                || !(method instanceof String name)
                || paramTypes != null
                || Arrays.stream(arguments).anyMatch(LambdaExpression.class::isInstance)) {
            return null;
        }
        Call call = new Call(base.getClass(), name, arguments.length);
        Optional<Method> found = METHODS.computeIfAbsent(call, MethodCallResolver::find);
        if (found.isEmpty()) {
            return null;
        }
        Method target = found.get();
        Class<?>[] types = target.getParameterTypes();
        Object[] converted = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            converted[i] = context.convertToType(arguments[i], types[i]);
        }
        Object result;
        try {
            result = target.invoke(base, converted);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            METHODS.put(call, Optional.empty()); // a public method of a class not open to us: EL's way
            return null;
        }
        context.setPropertyResolved(base, method);
        return result;
    }

    static Optional<Method> find(Call call) {
        List<Method> named = Arrays.stream(call.type().getMethods())
                .filter(m -> m.getName().equals(call.name()) && m.getParameterCount() == call.arity())
                .toList();
        if (named.size() != 1) {
            return Optional.empty();
        }
        Method method = named.getFirst();
        boolean plain = !method.isVarArgs()
                && !Modifier.isStatic(method.getModifiers())
                && Modifier.isPublic(method.getDeclaringClass().getModifiers())
                && method.getDeclaringClass()
                        .getModule()
                        .isExported(method.getDeclaringClass().getPackageName());
        return plain ? Optional.of(method) : Optional.empty();
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // not a property resolver
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
