package dk.forbind.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.camel.component.jms.DefaultJmsKeyFormatStrategy;
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
    void aHeaderWithDotsAndHyphensComesBackAsItWas() {
        String header = "forbind.source-file";
        assertEquals("forbind_DOT_source_HYPHEN_file", names.encodeKey(header));
        assertEquals(header, names.decodeKey(names.encodeKey(header)));
    }
}
