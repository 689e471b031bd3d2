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
 * A reference to a resource in the same namespace as the referring policy ({@code group}, {@code kind}, {@code name}).
 * <p>Trap: an empty or missing {@code group}, or the group {@code core}, means the core API group; group and kind are compared
 * case-insensitively by the policy controller.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"group", "kind", "name"})
public class LocalTargetRef {

    /** Empty, missing or {@code core} means the core API group. */
    @JsonProperty("group")
    private String group;

    @JsonProperty("kind")
    private String kind;

    @JsonProperty("name")
    private String name;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public LocalTargetRef() {
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
        if (!(o instanceof LocalTargetRef)) {
            return false;
        }
        LocalTargetRef that = (LocalTargetRef) o;
        return Objects.equals(group, that.group)
            && Objects.equals(kind, that.kind)
            && Objects.equals(name, that.name)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, kind, name, additionalProperties);
    }

    @Override
    public String toString() {
        return "LocalTargetRef{"
            + "group=" + group
            + ", kind=" + kind
            + ", name=" + name
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
