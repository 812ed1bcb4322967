package dk.forbind.core.internal;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.core.ForbindEndpoints;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javax.jms.ConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.LoggingLevel;
import org.apache.camel.ManagementMBeansLevel;
import org.apache.camel.ManagementStatisticsLevel;
import org.apache.camel.builder.DeadLetterChannelBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.jms.JmsEndpoint;
import org.apache.camel.core.osgi.OsgiDefaultCamelContext;
import org.apache.camel.spi.ManagementAgent;
import org.osgi.framework.BundleContext;

/** Builds the CamelContext of one connector with everything the platform promises it. */
final class ConnectorCamelContextFactory {
    private final ConnectionFactory connectionFactory;
    private final CoreConfig config;

    ConnectorCamelContextFactory(ConnectionFactory connectionFactory, CoreConfig config) {
        this.connectionFactory = connectionFactory;
        this.config = config;
    }

    /**
     * A context named {@code forbind-<id>}, not yet started. Routes must be added after
     * {@code start()}: the OSGi context initialises itself in its constructor.
     */
    CamelContext create(ConnectorDescriptor connector, BundleContext connectorBundle, TrafficCounter traffic) {
        OsgiDefaultCamelContext context = new OsgiDefaultCamelContext(connectorBundle);
        configure(context, connector, traffic);
        return context;
    }

    /** Applies the platform's promises to a context that has not started yet. */
    void configure(CamelContext context, ConnectorDescriptor connector, TrafficCounter traffic) {
        context.adapt(ExtendedCamelContext.class).setName("forbind-" + connector.id());
        // the log pattern's connector and correlation id come from CorrelationPolicy; Camel's own MDC keys are
        // not shown, and keeping them costs every exchange a few per cent
        context.setUseMDCLogging(false);
        context.setUseBreadcrumb(false);
        // JMX shows the context and its routes; statistics per processor cost every exchange a few per cent
        ManagementAgent management = context.getManagementStrategy().getManagementAgent();
        if (management != null) {
            management.setStatisticsLevel(ManagementStatisticsLevel.RoutesOnly);
            management.setMBeansLevel(ManagementMBeansLevel.RoutesOnly);
        }
        context.addComponent(ForbindEndpoints.JMS, jmsComponent());
        // Camel's JMS component resets an endpoint's property naming unless its URI names one: set it on each
        JmsPropertyNames propertyNames = new JmsPropertyNames();
        context.adapt(ExtendedCamelContext.class).registerEndpointCallback((uri, endpoint) -> {
            if (endpoint instanceof JmsEndpoint) {
                ((JmsEndpoint) endpoint).setJmsKeyFormatStrategy(propertyNames);
            }
            return endpoint;
        });
        BatchComponent.Settings batches = new BatchComponent.Settings(config.batch_size(), config.batch_wait_ms(),
                Math.max(1, config.batch_consumers()), config.redelivery_maximum(), config.drain_timeout_seconds());
        context.addComponent(ForbindEndpoints.BATCHES, new BatchComponent(connectionFactory, batches));
        context.adapt(ExtendedCamelContext.class).setErrorHandlerFactory(errorHandler());
        context.addRoutePolicyFactory((camel, routeId, route) -> new CorrelationPolicy(connector.id()));
        AgencySenderPolicy agencySender = new AgencySenderPolicy();
        context.addRoutePolicyFactory((camel, routeId, route) -> agencySender);
        connector.minimumAssurance().ifPresent(level -> {
            AssuranceLevelPolicy assurance = new AssuranceLevelPolicy(connector, level);
            context.addRoutePolicyFactory((camel, routeId, route) -> assurance);
        });
        context.addRoutePolicyFactory((camel, routeId, route) -> traffic);
        TransparencyCapture transparency = new TransparencyCapture(connector, Clock.systemUTC());
        context.addRoutePolicyFactory((camel, routeId, route) -> transparency);
        context.getShutdownStrategy().setTimeout(config.drain_timeout_seconds());
        context.getShutdownStrategy().setTimeUnit(TimeUnit.SECONDS);
        context.getShutdownStrategy().setShutdownNowOnTimeout(true);
    }

    /**
     * Local JMS transactions: a consumed message is removed only when its exchange has completed. There is no
     * transaction manager: the listener container receives and the route sends on one session, committed once, and
     * that session and its consumer live as long as the route rather than being made and closed for each message
     * (docs/development.md, trap 3).
     */
    private JmsComponent jmsComponent() {
        JmsComponent jms = JmsComponent.jmsComponent(connectionFactory);
        jms.getConfiguration().setTransacted(true);
        jms.getConfiguration().setLazyCreateTransactionManager(false);
        jms.getConfiguration().setCacheLevelName("CACHE_CONSUMER");
        jms.getConfiguration().setDestinationResolver(new KnownQueues());
        jms.setDeliveryPersistent(true);
        jms.setConcurrentConsumers(Math.max(1, config.jms_concurrent_consumers()));
        jms.setErrorHandler(new ListenerFailureLog());
        return jms;
    }

    private DeadLetterChannelBuilder errorHandler() {
        DeadLetterChannelBuilder handler = new DeadLetterChannelBuilder(DeadLetterRoute.URI);
        // if parking fails, fail the exchange so the broker keeps the message
        handler.deadLetterHandleNewException(false);
        handler.useOriginalMessage()
                .maximumRedeliveries(config.redelivery_maximum())
                .redeliveryDelay(config.redelivery_delay_ms())
                .useExponentialBackOff()
                .backOffMultiplier(config.redelivery_backoff_multiplier())
                .maximumRedeliveryDelay(config.redelivery_maximum_delay_ms())
                .retryWhile(new RetryUnlessInvalid(config.redelivery_maximum()))
                // one WARN per parked message, from DeadLetterStamp; none per held-back message (DependencyWatch
                // logs the outage); retries and exhaustion only at DEBUG
                .retryAttemptedLogLevel(LoggingLevel.DEBUG)
                .retriesExhaustedLogLevel(LoggingLevel.DEBUG)
                .logStackTrace(false);
        return handler;
    }
}
