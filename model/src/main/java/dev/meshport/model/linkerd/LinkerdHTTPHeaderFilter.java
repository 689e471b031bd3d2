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
 * A request or response header modifier of a {@link LinkerdHTTPRoute} filter.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"add", "remove", "set"})
public class LinkerdHTTPHeaderFilter {

    @JsonProperty("add")
    private List<LinkerdHTTPHeader> add;

    @JsonProperty("remove")
    private List<String> remove;

    @JsonProperty("set")
    private List<LinkerdHTTPHeader> set;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public LinkerdHTTPHeaderFilter() {
    }

    @JsonProperty("add")
    public List<LinkerdHTTPHeader> getAdd() {
        return add;
    }

    @JsonProperty("add")
    public void setAdd(List<LinkerdHTTPHeader> add) {
        this.add = add;
    }

    @JsonProperty("remove")
    public List<String> getRemove() {
        return remove;
    }

    @JsonProperty("remove")
    public void setRemove(List<String> remove) {
        this.remove = remove;
    }

    @JsonProperty("set")
    public List<LinkerdHTTPHeader> getSet() {
        return set;
    }

    @JsonProperty("set")
    public void setSet(List<LinkerdHTTPHeader> set) {
        this.set = set;
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
        if (!(o instanceof LinkerdHTTPHeaderFilter)) {
            return false;
        }
        LinkerdHTTPHeaderFilter that = (LinkerdHTTPHeaderFilter) o;
        return Objects.equals(add, that.add)
            && Objects.equals(remove, that.remove)
            && Objects.equals(set, that.set)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(add, remove, set, additionalProperties);
    }

    @Override
    public String toString() {
        return "LinkerdHTTPHeaderFilter{"
            + "add=" + add
            + ", remove=" + remove
            + ", set=" + set
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
