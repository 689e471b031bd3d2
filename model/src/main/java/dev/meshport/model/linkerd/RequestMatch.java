package dev.meshport.model.linkerd;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request condition of a {@link ServiceProfileRoute}; docs say exactly one of the fields is set.
 * <p>Trap: the CRD types a route-level {@code condition.not} as an ARRAY of objects, while the Go type (and the strict sp-validator)
 * wants a single object; inside {@code all}/{@code any} items (preserve-unknown in the CRD) it is a single object. Both shapes are
 * accepted here: {@link #getNotMatches()} gives the negated matches as a list, and the JSON shape that was read (object or array) is written
 * back unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"pathRegex", "method", "all", "any", "not"})
public class RequestMatch {

    @JsonProperty("pathRegex")
    private String pathRegex;

    @JsonProperty("method")
    private String method;

    @JsonProperty("all")
    private List<RequestMatch> all;

    @JsonProperty("any")
    private List<RequestMatch> any;

    /** The negated match(es); a single-object {@code not} is held as a one-element list. */
    @JsonIgnore
    private List<RequestMatch> notMatches;

    /** Whether {@code not} was (or is to be) written as an array, the CRD's shape, rather than as one object, the Go shape. */
    @JsonIgnore
    private boolean notAsArray;

    /** Fields this model does not know, kept so that nothing is dropped on a round trip. */
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public RequestMatch() {
    }

    @JsonProperty("pathRegex")
    public String getPathRegex() {
        return pathRegex;
    }

    @JsonProperty("pathRegex")
    public void setPathRegex(String pathRegex) {
        this.pathRegex = pathRegex;
    }

    @JsonProperty("method")
    public String getMethod() {
        return method;
    }

    @JsonProperty("method")
    public void setMethod(String method) {
        this.method = method;
    }

    @JsonProperty("all")
    public List<RequestMatch> getAll() {
        return all;
    }

    @JsonProperty("all")
    public void setAll(List<RequestMatch> all) {
        this.all = all;
    }

    @JsonProperty("any")
    public List<RequestMatch> getAny() {
        return any;
    }

    @JsonProperty("any")
    public void setAny(List<RequestMatch> any) {
        this.any = any;
    }

    /** The negated matches of JSON {@code not} (one element when it was a single object), or null. */
    @JsonIgnore
    public List<RequestMatch> getNotMatches() {
        return notMatches;
    }

    /** Sets a single negated match, written as one object (the shape the Go type and the sp-validator accept). */
    @JsonIgnore
    public void setNotMatch(RequestMatch not) {
        this.notMatches = not == null ? null : new ArrayList<>(List.of(not));
        this.notAsArray = false;
    }

    /** Sets the negated matches, written as an array (the shape the CRD schema declares). */
    @JsonIgnore
    public void setNotMatches(List<RequestMatch> not) {
        this.notMatches = not;
        this.notAsArray = true;
    }

    @JsonIgnore
    public boolean isNotAsArray() {
        return notAsArray;
    }

    /** JSON view of {@code not}: an array or a single object, as it was read. */
    @JsonProperty("not")
    Object getNotJson() {
        if (notMatches == null) {
            return null;
        }
        return notAsArray || notMatches.size() != 1 ? notMatches : notMatches.get(0);
    }

    /** Accepts {@code not} as an object or an array; keeps the shape so that it is written back the same way. */
    @JsonProperty("not")
    void setNotJson(JsonNode node) {
        if (node == null || node.isNull()) {
            this.notMatches = null;
            this.notAsArray = false;
        } else if (node.isArray()) {
            List<RequestMatch> list = new ArrayList<>();
            for (JsonNode item : node) {
                list.add(item == null || item.isNull() ? null : LinkerdKinds.Mapper.MAPPER.convertValue(item, RequestMatch.class));
            }
            this.notMatches = list;
            this.notAsArray = true;
        } else {
            this.notMatches = new ArrayList<>(List.of(LinkerdKinds.Mapper.MAPPER.convertValue(node, RequestMatch.class)));
            this.notAsArray = false;
        }
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
        if (!(o instanceof RequestMatch)) {
            return false;
        }
        RequestMatch that = (RequestMatch) o;
        return notAsArray == that.notAsArray
            && Objects.equals(pathRegex, that.pathRegex)
            && Objects.equals(method, that.method)
            && Objects.equals(all, that.all)
            && Objects.equals(any, that.any)
            && Objects.equals(notMatches, that.notMatches)
            && Objects.equals(additionalProperties, that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pathRegex, method, all, any, notMatches, notAsArray, additionalProperties);
    }

    @Override
    public String toString() {
        return "RequestMatch{pathRegex=" + pathRegex + ", method=" + method + ", all=" + all + ", any=" + any
            + ", not=" + getNotJson() + ", additionalProperties=" + additionalProperties + "}";
    }
}
