package dev.schemaforge.catalog;

import java.io.CharArrayReader;
import java.io.InputStream;
import java.io.Reader;

import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;

import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML factory whose parsers tell the anchor of every value. Jackson's own tells that of a mapping
 * or a sequence ({@code getObjectId}) but drops that of a scalar ({@code &id 42}), which an alias may
 * repeat as well as any other value.
 */
final class AnchoredYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    /** A factory with the settings of {@code configured}. */
    AnchoredYamlFactory(YAMLFactory configured) {
        super(configured);
    }

    /** A YAML parser that tells the anchor of the value or member name at its current token. */
    static final class Parser extends YAMLParser {

        Parser(ObjectReadContext context, IOContext io, AnchoredYamlFactory factory, Reader reader) {
            super(context, io, factory._getBufferRecycler(), context.getStreamReadFeatures(factory._streamReadFeatures),
                    context.getFormatReadFeatures(factory._formatReadFeatures), factory._loadSettings, reader);
        }

        /** The anchor ({@code &name}) at the current token, or null; an alias has none. */
        String anchor() {
            return _lastEvent instanceof NodeEvent node && !(node instanceof AliasEvent)
                    ? node.getAnchor().map(Anchor::getValue).orElse(null)
                    : null;
        }
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext context, IOContext io, Reader reader) {
        return new Parser(context, io, this, reader);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext context, IOContext io, char[] data, int offset, int length,
            boolean recyclable) {
        return new Parser(context, io, this, new CharArrayReader(data, offset, length));
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext context, IOContext io, InputStream in) {
        return new Parser(context, io, this, _createReader(in, null, io));
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext context, IOContext io, byte[] data, int offset, int length) {
        return new Parser(context, io, this, _createReader(data, offset, length, null, io));
    }
}
