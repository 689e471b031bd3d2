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
 * One rule of a {@link LinkerdHTTPRoute}: matches, filters, backends and (v1beta3) timeouts.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"backendRefs", "filters", "matches", "timeouts"})
public class LinkerdHTTPRouteRule {

    /** v1beta2+ shape; only meaningful with Service or EgressNetwork parents. */
    @JsonProperty("backendRefs")
    private List<LinkerdHTTPBackendRef> backendRefs;

    @JsonProperty("filters")
    private List<LinkerdHTTPRouteFilter> filters;

    /** CRD default: path prefix {@code /}. */
    @JsonProperty("matches")
    private List<LinkerdHTTPRouteMatch> matches;

    /** v1beta3 only. */
    @JsonProperty("timeouts")
    private LinkerdHTTPRouteTimeouts timeouts;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public LinkerdHTTPRouteRule() {
    }

    @JsonProperty("backendRefs")
    public List<LinkerdHTTPBackendRef> getBackendRefs() {
        return backendRefs;
    }

    @JsonProperty("backendRefs")
    public void setBackendRefs(List<LinkerdHTTPBackendRef> backendRefs) {
        this.backendRefs = backendRefs;
    }

    @JsonProperty("filters")
    public List<LinkerdHTTPRouteFilter> getFilters() {
        return filters;
    }

    @JsonProperty("filters")
    public void setFilters(List<LinkerdHTTPRouteFilter> filters) {
        this.filters = filters;
    }

    @JsonProperty("matches")
    public List<LinkerdHTTPRouteMatch> getMatches() {
        return matches;
    }

    @JsonProperty("matches")
    public void setMatches(List<LinkerdHTTPRouteMatch> matches) {
        this.matches = matches;
    }

    @JsonProperty("timeouts")
    public LinkerdHTTPRouteTimeouts getTimeouts() {
        return timeouts;
    }

    @JsonProperty("timeouts")
    public void setTimeouts(LinkerdHTTPRouteTimeouts timeouts) {
        this.timeouts = timeouts;
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
        if (!(o instanceof LinkerdHTTPRouteRule)) {
            return false;
        }
        LinkerdHTTPRouteRule that = (LinkerdHTTPRouteRule) o;
        return Objects.equals(backendRefs, that.backendRefs)
            && Objects.equals(filters, that.filters)
            && Objects.equals(matches, that.matches)
            && Objects.equals(timeouts, that.timeouts)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(backendRefs, filters, matches, timeouts, additionalProperties);
    }

    @Override
    public String toString() {
        return "LinkerdHTTPRouteRule{"
            + "backendRefs=" + backendRefs
            + ", filters=" + filters
            + ", matches=" + matches
            + ", timeouts=" + timeouts
            + ", additionalProperties=" + additionalProperties
            + "}";
    }
}
