package dk.forbind.core.internal;

import org.apache.camel.component.jms.JmsKeyFormatStrategy;

/**
 * Camel's default naming of JMS properties ({@code .} as {@code _DOT_}, {@code -} as {@code _HYPHEN_}, since JMS
 * property names are Java identifiers), without its cost for the names that need neither: every header of every
 * message comes through here, and the default searches each name twice each way.
 */
final class JmsPropertyNames implements JmsKeyFormatStrategy {
    private static final String DOT = "_DOT_";
    private static final String HYPHEN = "_HYPHEN_";

    @Override
    public String encodeKey(String key) {
        if (key.indexOf('.') < 0 && key.indexOf('-') < 0) {
            return key;
        }
        return key.replace(".", DOT).replace("-", HYPHEN);
    }

    @Override
    public String decodeKey(String key) {
        if (key.indexOf('_') < 0) {
            return key;
        }
        return key.replace(DOT, ".").replace(HYPHEN, "-");
    }
}
