package dk.forbind.transparency.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** For the test proxies of JDBC objects: a call passed on to the real object, its own exception unwrapped. */
final class Proxies {
    private Proxies() {
    }

    static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
