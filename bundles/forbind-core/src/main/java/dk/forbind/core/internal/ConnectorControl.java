package dk.forbind.core.internal;

import dk.forbind.api.ConnectorLifecycle;
import dk.forbind.api.ConnectorRegistry;
import dk.forbind.api.ConnectorStatus;
import dk.forbind.api.SwapReport;
import java.util.Optional;
import java.util.StringJoiner;

/** The JMX view of one connector, by id: it reads the registry and operates through the lifecycle on each call. */
final class ConnectorControl implements ConnectorMXBean {
    private final String id;
    private final ConnectorRegistry registry;
    private final ConnectorLifecycle lifecycle;

    ConnectorControl(String id, ConnectorRegistry registry, ConnectorLifecycle lifecycle) {
        this.id = id;
        this.registry = registry;
        this.lifecycle = lifecycle;
    }

    private Optional<ConnectorStatus> status() {
        return registry.connector(id);
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getAgency() {
        return status().map(ConnectorStatus::agency).orElse(null);
    }

    @Override
    public String getState() {
        return status().map(s -> s.state().name()).orElse("UNDEPLOYED");
    }

    @Override
    public String getVersion() {
        return status().map(ConnectorStatus::version).orElse(null);
    }

    @Override
    public String getReason() {
        return status().map(ConnectorStatus::reason).orElse(null);
    }

    @Override
    public long getMessagesIn() {
        return status().map(ConnectorStatus::messagesIn).orElse(0L);
    }

    @Override
    public long getMessagesOut() {
        return status().map(ConnectorStatus::messagesOut).orElse(0L);
    }

    @Override
    public long getMessagesFailed() {
        return status().map(ConnectorStatus::messagesFailed).orElse(0L);
    }

    @Override
    public String stop(boolean persist) {
        return lifecycle.stop(id, persist).state().name();
    }

    @Override
    public String start(boolean persist) {
        return lifecycle.start(id, persist).state().name();
    }

    @Override
    public String suspend(boolean persist) {
        return lifecycle.suspend(id, persist).state().name();
    }

    @Override
    public String resume(boolean persist) {
        return lifecycle.resume(id, persist).state().name();
    }

    @Override
    public String swap(String location) {
        StringJoiner text = new StringJoiner("\n");
        SwapReport report = lifecycle.swap(id, location, text::add);
        text.add(report.outcome() + (report.failure() == null ? "" : ": " + report.failure()));
        return text.toString();
    }
}
