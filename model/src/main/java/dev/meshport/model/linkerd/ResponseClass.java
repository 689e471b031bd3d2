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
 * Classifies responses of a {@link ServiceProfileRoute} as failures or successes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"condition", "isFailure"})
public class ResponseClass {

    @JsonProperty("condition")
    private ResponseMatch condition;

    @JsonProperty("isFailure")
    private Boolean isFailure;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public ResponseClass() {
    }

    @JsonProperty("condition")
    public ResponseMatch getCondition() {
        return condition;
    }

    @JsonProperty("condition")
    public void setCondition(ResponseMatch condition) {
        this.condition = condition;
    }

    @JsonProperty("isFailure")
    public Boolean getIsFailure() {
        return isFailure;
    }

    @JsonProperty("isFailure")
    public void setIsFailure(Boolean isFailure) {
        this.isFailure = isFailure;
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
        if (!(o instanceof ResponseClass)) {
            return false;
        }
        ResponseClass that = (ResponseClass) o;
        return Objects.equals(condition, that.condition)
            && Objects.equals(isFailure, that.isFailure)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(condition, isFailure, additionalProperties);
    }

    @Override
    public String toString() {
        return "ResponseClass{"
            + "condition=" + condition
            + ", isFailure=" + isFailure
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
