package dk.forbind.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.core.ForbindEndpoints;
import dk.forbind.fixtures.EmbeddedBroker;

import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.DefaultJmsKeyFormatStrategy;
import org.apache.camel.component.jms.JmsEndpoint;
import org.junit.jupiter.api.Test;

class JmsPropertyNamesTest {
    private static final List<String> NAMES = List.of("ForbindCorrelationId", "JMSXDeliveryCount", "_AMQ_DUPL_ID",
            "forbind.connector", "content-type", "a.b-c.d", "x_DOT_y", "x_HYPHEN_y", "a_DOT_HYPHEN_b", "_", "");

    private final JmsPropertyNames names = new JmsPropertyNames();
    private final DefaultJmsKeyFormatStrategy camel = new DefaultJmsKeyFormatStrategy();

    @Test
    void namesAsCamelsDefaultNamesThem() {
        for (String name : NAMES) {
            assertEquals(camel.encodeKey(name), names.encodeKey(name), "encoding " + name);
            assertEquals(camel.decodeKey(name), names.decodeKey(name), "decoding " + name);
        }
    }

    @Test
    void aConnectorsJmsEndpointsUseIt() throws Exception {
        try (EmbeddedBroker broker = new EmbeddedBroker()) {
            ConnectorDescriptor connector = ConnectorDescriptor.withoutPersonalData("t", "29190623", "");
            CamelContext camel = PlatformErrorHandlingTest.startedContext(broker, connector, 0,
                    new TrafficCounter(new TrafficTotals("t")));
            try {
                JmsEndpoint queue = camel.getEndpoint(ForbindEndpoints.queue("forbind.t.in"), JmsEndpoint.class);
                assertInstanceOf(JmsPropertyNames.class, queue.getJmsKeyFormatStrategy());
            } finally {
                camel.stop();
            }
        }
    }

    @Test
    void aHeaderWithDotsAndHyphensComesBackAsItWas() {
        String header = "forbind.source-file";
        assertEquals("forbind_DOT_source_HYPHEN_file", names.encodeKey(header));
        assertEquals(header, names.decodeKey(names.encodeKey(header)));
    }
}
