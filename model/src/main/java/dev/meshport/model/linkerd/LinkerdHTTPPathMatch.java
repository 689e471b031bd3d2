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
 * A path match of a {@link LinkerdHTTPRouteMatch}.
 * <p>Trap: Exact and PathPrefix values must start with {@code /} (webhook).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "value"})
public class LinkerdHTTPPathMatch {

    /** CRD default PathPrefix; Exact, PathPrefix or RegularExpression. */
    @JsonProperty("type")
    private String type;

    /** CRD default {@code /}. */
    @JsonProperty("value")
    private String value;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public LinkerdHTTPPathMatch() {
    }

    @JsonProperty("type")
    public String getType() {
        return type;
    }

    @JsonProperty("type")
    public void setType(String type) {
        this.type = type;
    }

    @JsonProperty("value")
    public String getValue() {
        return value;
    }

    @JsonProperty("value")
    public void setValue(String value) {
        this.value = value;
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
        if (!(o instanceof LinkerdHTTPPathMatch)) {
            return false;
        }
        LinkerdHTTPPathMatch that = (LinkerdHTTPPathMatch) o;
        return Objects.equals(type, that.type)
            && Objects.equals(value, that.value)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, value, additionalProperties);
    }

    @Override
    public String toString() {
        return "LinkerdHTTPPathMatch{"
            + "type=" + type
            + ", value=" + value
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
