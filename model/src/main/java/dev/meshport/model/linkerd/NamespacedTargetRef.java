package dev.meshport.model.linkerd;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A reference to a resource that may live in another namespace ({@code group}, {@code kind}, {@code name}, {@code namespace}).
 * <p>Trap: {@code name} is optional in MeshTLSAuthentication {@code identityRefs} (a Namespace ref names no object there), and
 * an empty or missing {@code group} means the core API group.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"group", "kind", "name", "namespace"})
public class NamespacedTargetRef {

    /** Empty, missing or {@code core} means the core API group. */
    @JsonProperty("group")
    private String group;

    @JsonProperty("kind")
    private String kind;

    @JsonProperty("name")
    private String name;

    /** When unset, the referring resource's namespace is meant. */
    @JsonProperty("namespace")
    private String namespace;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public NamespacedTargetRef() {
    }

    @JsonProperty("group")
    public String getGroup() {
        return group;
    }

    @JsonProperty("group")
    public void setGroup(String group) {
        this.group = group;
    }

    @JsonProperty("kind")
    public String getKind() {
        return kind;
    }

    @JsonProperty("kind")
    public void setKind(String kind) {
        this.kind = kind;
    }

    @JsonProperty("name")
    public String getName() {
        return name;
    }

    @JsonProperty("name")
    public void setName(String name) {
        this.name = name;
    }

    @JsonProperty("namespace")
    public String getNamespace() {
        return namespace;
    }

    @JsonProperty("namespace")
    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties;
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        additionalProperties.put(name, value);
    }

    @JsonIgnore
    public void setAdditionalProperties(Map<String, Object> additionalProperties) {
        this.additionalProperties = additionalProperties == null ? new LinkedHashMap<>() : additionalProperties;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NamespacedTargetRef)) {
            return false;
        }
        NamespacedTargetRef that = (NamespacedTargetRef) o;
        return Objects.equals(group, that.group)
            && Objects.equals(kind, that.kind)
            && Objects.equals(name, that.name)
            && Objects.equals(namespace, that.namespace)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, kind, name, namespace, additionalProperties);
    }

    @Override
    public String toString() {
        return "NamespacedTargetRef{"
            + "group=" + group
            + ", kind=" + kind
            + ", name=" + name
            + ", namespace=" + namespace
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
