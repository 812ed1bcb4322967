package dk.forbind.core.internal;

import dk.forbind.api.ConnectorLifecycle;
import dk.forbind.api.ConnectorRegistry;
import dk.forbind.api.ConnectorStatus;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one MBean per deployed connector registered in the node's MBean server ({@code dk.forbind:type=Connector,
 * name=<id>}), looking at the deployed connectors every two seconds; a connector that is gone for two looks in a
 * row (not just swapping) loses its MBean.
 */
@Component(immediate = true)
public class ConnectorMBeans {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorMBeans.class);

    @Reference
    private MBeanServer server;
    @Reference
    private ConnectorRegistry registry;
    @Reference
    private ConnectorLifecycle lifecycle;

    private final Map<String, ObjectName> registered = new HashMap<>();
    private final Set<String> missing = new HashSet<>();
    private ScheduledExecutorService looks;

    @Activate
    void activate() {
        looks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "forbind-connector-mbeans");
            t.setDaemon(true);
            return t;
        });
        looks.scheduleWithFixedDelay(this::look, 0, 2, TimeUnit.SECONDS);
    }

    @Deactivate
    synchronized void deactivate() {
        looks.shutdownNow();
        registered.values().forEach(this::unregister);
        registered.clear();
    }

    synchronized void look() {
        Set<String> ids = registry.connectors().stream().map(ConnectorStatus::id).collect(Collectors.toSet());
        for (String id : ids) {
            missing.remove(id);
            registered.computeIfAbsent(id, this::register);
        }
        for (String id : Set.copyOf(registered.keySet())) {
            if (!ids.contains(id) && !missing.add(id)) {
                missing.remove(id);
                unregister(registered.remove(id));
            }
        }
    }

    private ObjectName register(String id) {
        try {
            // connector ids are lower-case letters, digits and hyphens: no quoting needed
            ObjectName name = new ObjectName("dk.forbind:type=Connector,name=" + id);
            server.registerMBean(new StandardMBean(new ConnectorControl(id, registry, lifecycle),
                    ConnectorMXBean.class, true), name);
            return name;
        } catch (JMException e) {
            LOG.warn("Connector {} has no MBean: {}", id, e.getMessage());
            return null;
        }
    }

    private void unregister(ObjectName name) {
        if (name == null) {
            return;
        }
        try {
            server.unregisterMBean(name);
        } catch (JMException e) {
            LOG.debug("MBean {} already gone: {}", name, e.getMessage());
        }
    }
}
