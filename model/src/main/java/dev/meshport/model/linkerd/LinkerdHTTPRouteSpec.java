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
 * Spec of a {@link LinkerdHTTPRoute} (Linkerd's fork of the Gateway API HTTPRoute schema).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"hostnames", "parentRefs", "rules"})
public class LinkerdHTTPRouteSpec {

    @JsonProperty("hostnames")
    private List<String> hostnames;

    @JsonProperty("parentRefs")
    private List<LinkerdHTTPRouteParentRef> parentRefs;

    /** CRD default: one rule matching path prefix {@code /}. */
    @JsonProperty("rules")
    private List<LinkerdHTTPRouteRule> rules;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public LinkerdHTTPRouteSpec() {
    }

    @JsonProperty("hostnames")
    public List<String> getHostnames() {
        return hostnames;
    }

    @JsonProperty("hostnames")
    public void setHostnames(List<String> hostnames) {
        this.hostnames = hostnames;
    }

    @JsonProperty("parentRefs")
    public List<LinkerdHTTPRouteParentRef> getParentRefs() {
        return parentRefs;
    }

    @JsonProperty("parentRefs")
    public void setParentRefs(List<LinkerdHTTPRouteParentRef> parentRefs) {
        this.parentRefs = parentRefs;
    }

    @JsonProperty("rules")
    public List<LinkerdHTTPRouteRule> getRules() {
        return rules;
    }

    @JsonProperty("rules")
    public void setRules(List<LinkerdHTTPRouteRule> rules) {
        this.rules = rules;
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
        if (!(o instanceof LinkerdHTTPRouteSpec)) {
            return false;
        }
        LinkerdHTTPRouteSpec that = (LinkerdHTTPRouteSpec) o;
        return Objects.equals(hostnames, that.hostnames)
            && Objects.equals(parentRefs, that.parentRefs)
            && Objects.equals(rules, that.rules)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hostnames, parentRefs, rules, additionalProperties);
    }

    @Override
    public String toString() {
        return "LinkerdHTTPRouteSpec{"
            + "hostnames=" + hostnames
            + ", parentRefs=" + parentRefs
            + ", rules=" + rules
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
