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
 * A response condition of a {@link ResponseClass}; docs say exactly one of the fields is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"all", "any", "not", "status"})
public class ResponseMatch {

    @JsonProperty("all")
    private List<ResponseMatch> all;

    @JsonProperty("any")
    private List<ResponseMatch> any;

    @JsonProperty("not")
    private ResponseMatch not;

    @JsonProperty("status")
    private ResponseStatusRange status;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public ResponseMatch() {
    }

    @JsonProperty("all")
    public List<ResponseMatch> getAll() {
        return all;
    }

    @JsonProperty("all")
    public void setAll(List<ResponseMatch> all) {
        this.all = all;
    }

    @JsonProperty("any")
    public List<ResponseMatch> getAny() {
        return any;
    }

    @JsonProperty("any")
    public void setAny(List<ResponseMatch> any) {
        this.any = any;
    }

    @JsonProperty("not")
    public ResponseMatch getNot() {
        return not;
    }

    @JsonProperty("not")
    public void setNot(ResponseMatch not) {
        this.not = not;
    }

    @JsonProperty("status")
    public ResponseStatusRange getStatus() {
        return status;
    }

    @JsonProperty("status")
    public void setStatus(ResponseStatusRange status) {
        this.status = status;
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
        if (!(o instanceof ResponseMatch)) {
            return false;
        }
        ResponseMatch that = (ResponseMatch) o;
        return Objects.equals(all, that.all)
            && Objects.equals(any, that.any)
            && Objects.equals(not, that.not)
            && Objects.equals(status, that.status)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(all, any, not, status, additionalProperties);
    }

    @Override
    public String toString() {
        return "ResponseMatch{"
            + "all=" + all
            + ", any=" + any
            + ", not=" + not
            + ", status=" + status
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
