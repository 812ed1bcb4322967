package dk.forbind.soap;

import java.util.Map;
import org.apache.cxf.staxutils.StaxUtils;

/**
 * What a SOAP endpoint of the platform reads of a request at most, so a hostile request is refused while it is read
 * rather than after it filled the heap: the whole document, one text, the nesting and the number of elements.
 * (CXF's parser already refuses a DTD, and with it external entities and entity expansion.)
 */
public final class SoapLimits {
    private static final int MAX_DEPTH = 40;
    private static final int MAX_ELEMENTS = 20_000;

    private SoapLimits() {
    }

    /** Sets the limits on an endpoint's (or its factory's) properties. */
    public static void apply(Map<String, Object> endpointProperties, long maxCharacters) {
        endpointProperties.put(StaxUtils.MAX_XML_CHARACTERS, maxCharacters);
        endpointProperties.put(StaxUtils.MAX_TEXT_LENGTH, (int) Math.min(Integer.MAX_VALUE, maxCharacters));
        endpointProperties.put(StaxUtils.MAX_ELEMENT_DEPTH, MAX_DEPTH);
        endpointProperties.put(StaxUtils.MAX_ELEMENT_COUNT, (long) MAX_ELEMENTS);
        endpointProperties.put(StaxUtils.ALLOW_INSECURE_PARSER, false);
    }
}
