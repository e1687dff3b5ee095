package dev.schemaforge.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reference tokens of RFC 6901 pointers. */
class JsonPointersTest {

    @Test
    void anArrayIndexIsZeroOrDigitsWithoutALeadingZero() {
        assertThat(JsonPointers.arrayIndex("0")).isZero();
        assertThat(JsonPointers.arrayIndex("17")).isEqualTo(17);
        assertThat(JsonPointers.arrayIndex("999999999")).isEqualTo(999_999_999);
        assertThat(JsonPointers.arrayIndex("01")).isEqualTo(-1);
        assertThat(JsonPointers.arrayIndex("")).isEqualTo(-1);
        assertThat(JsonPointers.arrayIndex("-1")).isEqualTo(-1);
        assertThat(JsonPointers.arrayIndex("1a")).isEqualTo(-1);
        assertThat(JsonPointers.arrayIndex("١")).as("only ASCII digits").isEqualTo(-1);
        assertThat(JsonPointers.arrayIndex("9999999999")).as("beyond an int").isEqualTo(-1);
    }

    @Test
    void escapingAndSplittingAreInverse() {
        assertThat(JsonPointers.child("/a", "b/c~d")).isEqualTo("/a/b~1c~0d");
        assertThat(JsonPointers.segments("/a/b~1c~0d")).containsExactly("a", "b/c~d");
        assertThat(JsonPointers.segments("")).isEmpty();
    }
}
