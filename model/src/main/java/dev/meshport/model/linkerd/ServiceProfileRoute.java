package dev.meshport.model.linkerd;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A route of a {@link ServiceProfile}: a request condition plus metrics, retry and timeout settings.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"condition", "isRetryable", "name", "timeout", "responseClasses"})
public class ServiceProfileRoute {

    @JsonProperty("condition")
    private RequestMatch condition;

    @JsonProperty("isRetryable")
    private Boolean isRetryable;

    @JsonProperty("name")
    private String name;

    /** Go duration, e.g. 300ms or 1m30s. */
    @JsonProperty("timeout")
    private String timeout;

    @JsonProperty("responseClasses")
    private List<ResponseClass> responseClasses;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public ServiceProfileRoute() {
    }

    @JsonProperty("condition")
    public RequestMatch getCondition() {
        return condition;
    }

    @JsonProperty("condition")
    public void setCondition(RequestMatch condition) {
        this.condition = condition;
    }

    @JsonProperty("isRetryable")
    public Boolean getIsRetryable() {
        return isRetryable;
    }

    @JsonProperty("isRetryable")
    public void setIsRetryable(Boolean isRetryable) {
        this.isRetryable = isRetryable;
    }

    @JsonProperty("name")
    public String getName() {
        return name;
    }

    @JsonProperty("name")
    public void setName(String name) {
        this.name = name;
    }

    @JsonProperty("timeout")
    public String getTimeout() {
        return timeout;
    }

    @JsonProperty("timeout")
    public void setTimeout(String timeout) {
        this.timeout = timeout;
    }

    @JsonProperty("responseClasses")
    public List<ResponseClass> getResponseClasses() {
        return responseClasses;
    }

    @JsonProperty("responseClasses")
    public void setResponseClasses(List<ResponseClass> responseClasses) {
        this.responseClasses = responseClasses;
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
        if (!(o instanceof ServiceProfileRoute)) {
            return false;
        }
        ServiceProfileRoute that = (ServiceProfileRoute) o;
        return Objects.equals(condition, that.condition)
            && Objects.equals(isRetryable, that.isRetryable)
            && Objects.equals(name, that.name)
            && Objects.equals(timeout, that.timeout)
            && Objects.equals(responseClasses, that.responseClasses)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(condition, isRetryable, name, timeout, responseClasses, additionalProperties);
    }

    @Override
    public String toString() {
        return "ServiceProfileRoute{"
            + "condition=" + condition
            + ", isRetryable=" + isRetryable
            + ", name=" + name
            + ", timeout=" + timeout
            + ", responseClasses=" + responseClasses
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
