package org.photoshare.galera.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLNonTransientConnectionException;
import java.util.Set;

/**
 * A connection to one Galera node that stops taking new statements (and fails the pool's validation,
 * so that the pool replaces its connections) once the driver sends new connections to another node.
 * A pool thus never holds connections to two nodes for long, and a read on one of them cannot miss a
 * write just committed through the other.
 */
final class NodeConnection implements InvocationHandler {

    private static final Set<String> STATEMENTS = Set.of("createStatement", "prepareStatement", "prepareCall", "isValid");

    private final Connection delegate;
    private final String node;
    private final WriterNode writer;

    private NodeConnection(Connection delegate, String node, WriterNode writer) {
        this.delegate = delegate;
        this.node = node;
        this.writer = writer;
    }

    static Connection of(Connection delegate, String node, WriterNode writer) {
        return (Connection) Proxy.newProxyInstance(NodeConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new NodeConnection(delegate, node, writer));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (STATEMENTS.contains(method.getName()) && !writer.is(node)) {
            if (method.getName().equals("isValid")) {
                return false;
            }
            throw new SQLNonTransientConnectionException("Galera node " + node
                    + " is no longer the one this service writes through; the connection is retired", "08003");
        }
        if (method.getName().equals("equals")) {
            return proxy == args[0];
        }
        if (method.getName().equals("hashCode")) {
            return System.identityHashCode(proxy);
        }
        if (method.getName().equals("unwrap") && args[0] instanceof Class<?> type && type.isInstance(proxy)) {
            return proxy;
        }
        if (method.getName().equals("isWrapperFor") && args[0] instanceof Class<?> type && type.isInstance(proxy)) {
            return true;
        }
        try {
            return method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
