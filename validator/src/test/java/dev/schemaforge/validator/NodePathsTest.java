package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;

/** Violation pointers are spelled as networknt spells instance locations, character for character. */
class NodePathsTest {

    @Test
    void spellsEveryPathAsNodePathDoes() {
        NodePath root = new NodePath(PathType.JSON_POINTER);
        List<NodePath> paths = List.of(root, root.append("provider"), root.append("roles").append(0).append("role_id"),
                root.append("a/b").append("c~d").append(12).append(""),
                root.append("line\nbreak\ttab\rreturn\bback\fform").append("\"quote\" \\ é€ \uD83D\uDE00"),
                root.append(1).append(2).append("0").append("~1"));
        for (NodePath path : paths) {
            assertThat(NodePaths.pointer(path)).isEqualTo(path.toString());
        }
        assertThat(NodePaths.pointer(null)).isEmpty();
    }

    @Test
    void stepsRunFromTheRootWithIndexesAsIntegers() {
        NodePath path = new NodePath(PathType.JSON_POINTER).append("oneOf").append(1).append("a/b");
        assertThat(NodePaths.steps(path)).containsExactly("oneOf", 1, "a/b");
        assertThat(NodePaths.steps(new NodePath(PathType.JSON_POINTER))).isEmpty();
    }

    @Test
    void otherPathTypesKeepNetworkntsSpelling() {
        NodePath legacy = new NodePath(PathType.LEGACY).append("a").append(1);
        assertThat(NodePaths.pointer(legacy)).isEqualTo(legacy.toString());
    }
}
