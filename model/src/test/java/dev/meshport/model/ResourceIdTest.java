package dev.meshport.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceIdTest {

    /** What ResourceId was before it wrote out equals and hashCode: a record with the generated ones. */
    private record Generated(String apiVersion, String kind, String namespace, String name) {}

    @Test
    void equalsAndHashCodeAreTheGeneratedOnes() {
        List<String[]> cases = List.of(
                new String[] {"networking.istio.io/v1", "VirtualService", "default", "reviews"},
                new String[] {"v1", "Service", null, "ratings"},
                new String[] {null, null, null, null},
                new String[] {"policy.linkerd.io/v1beta3", "Server", "emojivoto", null});
        for (String[] c : cases) {
            ResourceId id = new ResourceId(c[0], c[1], c[2], c[3]);
            assertThat(id.hashCode()).as(Arrays.toString(c)).isEqualTo(new Generated(c[0], c[1], c[2], c[3]).hashCode());
            assertThat(id).isEqualTo(new ResourceId(c[0], c[1], c[2], c[3])).isNotEqualTo(null).isNotEqualTo(c[1]);
        }
        ResourceId id = new ResourceId("v1", "Service", "default", "a");
        assertThat(id).isNotEqualTo(new ResourceId("v2", "Service", "default", "a"))
                .isNotEqualTo(new ResourceId("v1", "Pod", "default", "a"))
                .isNotEqualTo(new ResourceId("v1", "Service", null, "a"))
                .isNotEqualTo(new ResourceId("v1", "Service", "default", "b"));
    }
}
