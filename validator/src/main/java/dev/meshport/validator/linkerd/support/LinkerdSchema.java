package dev.meshport.validator.linkerd.support;

import dev.meshport.model.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parts of the Linkerd CRD schemas (and of the Gateway API route CRDs, as Linkerd reads them) that the typed model
 * does not enforce: required fields, the CRDs' {@code oneOf}, string enumerations, patterns, lengths, numeric ranges
 * and list sizes. Sources: {@code charts/linkerd-crds/templates/**} at linkerd2 b24cd405 (see
 * {@code shared/reference/linkerd-model.md} §1), Gateway API v1.2.1 CRDs. Path patterns use {@code [*]} for every
 * list item and are relative to the resource.
 */
public final class LinkerdSchema {

    /** Which resources a constraint applies to: a group, kinds, and served versions (empty = every version). */
    public record Scope(String group, Set<String> kinds, Set<String> versions) {
        public boolean covers(Manifest m) {
            return m.id().group().equals(group) && kinds.contains(m.kind())
                    && (versions.isEmpty() || versions.contains(m.id().version()));
        }
    }

    public sealed interface Constraint permits Required, OneOf, OneOfValues, Format, Range, MaxItems, NotServed {
        Scope scope();
    }

    /** Each object at {@code parent} must have {@code key}. */
    public record Required(Scope scope, String parent, String key) implements Constraint {}

    /** Each object at {@code parent} must have exactly one of {@code keys}. */
    public record OneOf(Scope scope, String parent, List<String> keys) implements Constraint {}

    /** A string (or number) at {@code path} must be one of {@code values}, compared exactly. */
    public record OneOfValues(Scope scope, String path, List<String> values, String source) implements Constraint {}

    /** A string at {@code path} must match {@code regex} and be {@code minLength..maxLength} long. */
    public record Format(Scope scope, String path, Pattern regex, int minLength, int maxLength, String what)
            implements Constraint {}

    /** An integer at {@code path} must be in {@code min..max}. */
    public record Range(Scope scope, String path, long min, long max) implements Constraint {}

    /** The field at {@code path} does not exist in the versions of {@code scope}; {@code since} names where it does. */
    public record NotServed(Scope scope, String path, String since) implements Constraint {}

    /** A list at {@code path} must have {@code min..max} items. */
    public record MaxItems(Scope scope, String path, int min, int max) implements Constraint {}

    static final String DNS1123_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    static final String DNS1123_SUBDOMAIN = DNS1123_LABEL + "(\\." + DNS1123_LABEL + ")*";
    private static final Pattern LABEL = Pattern.compile(DNS1123_LABEL);
    private static final Pattern SUBDOMAIN = Pattern.compile(DNS1123_SUBDOMAIN);
    private static final Pattern GROUP = Pattern.compile("|" + DNS1123_SUBDOMAIN);
    private static final Pattern KIND = Pattern.compile("[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?");
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+\\-.^_`|~]+");
    private static final Pattern HOSTNAME = Pattern.compile("(\\*\\.)?" + DNS1123_SUBDOMAIN);
    private static final Pattern ANY = Pattern.compile("(?s).*");
    private static final Pattern SERVER_AUTHZ_IDENTITY = Pattern.compile("(\\*|" + DNS1123_LABEL + ")(\\." + DNS1123_LABEL + ")*");

    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");
    private static final List<String> MATCH_TYPES = List.of("Exact", "RegularExpression");
    private static final List<String> PATH_TYPES = List.of("Exact", "PathPrefix", "RegularExpression");
    private static final List<String> OPERATORS = List.of("In", "NotIn", "Exists", "DoesNotExist");

    private final List<Constraint> constraints = new ArrayList<>();

    /** The constraints, built on first use by the rule that needs them. */
    public static List<Constraint> all() {
        return new LinkerdSchema().constraints;
    }

    private LinkerdSchema() {
        server();
        serverAuthorization();
        authorizationPolicy();
        authentications();
        linkerdHttpRoute();
        rateLimitAndEgress();
        externalWorkloadProfileAndSplit();
        gatewayRoutes();
    }

    private static Scope scope(String group, String kind, String... versions) {
        return new Scope(group, Set.of(kind), Set.of(versions));
    }

    private void required(Scope s, String parent, String... keys) {
        for (String k : keys) {
            constraints.add(new Required(s, parent, k));
        }
    }

    private void values(Scope s, String path, List<String> values) {
        constraints.add(new OneOfValues(s, path, values, "the CRD"));
    }

    private void format(Scope s, String path, Pattern regex, int min, int max, String what) {
        constraints.add(new Format(s, path, regex, min, max, what));
    }

    private void port(Scope s, String path) {
        constraints.add(new Range(s, path, 1, 65535));
    }

    private void selector(Scope s, String path) {
        required(s, path + ".matchExpressions[*]", "key", "operator");
        values(s, path + ".matchExpressions[*].operator", OPERATORS);
    }

    private void server() {
        Scope all = scope(Ref.POLICY, "Server");
        required(all, "", "spec");
        required(all, "spec", "port");
        port(all, "spec.port");
        // No CRD enum; the webhook's Rust types accept only these (admission.rs, server.rs ProxyProtocol).
        constraints.add(new OneOfValues(all, "spec.accessPolicy", List.of("all-unauthenticated", "all-authenticated",
                "cluster-unauthenticated", "cluster-authenticated", "deny", "audit"), "the policy admission webhook"));
        constraints.add(new OneOfValues(all, "spec.proxyProtocol",
                List.of("unknown", "HTTP/1", "HTTP/2", "gRPC", "opaque", "TLS"), "the policy admission webhook"));
        required(scope(Ref.POLICY, "Server", "v1alpha1", "v1beta1"), "spec", "podSelector");
        constraints.add(new OneOf(scope(Ref.POLICY, "Server", "v1beta2", "v1beta3"), "spec",
                List.of("podSelector", "externalWorkloadSelector")));
        constraints.add(new OneOf(scope(Ref.POLICY, "Server", "v1alpha1"), "spec.podSelector",
                List.of("matchExpressions", "matchLabels")));
        selector(all, "spec.podSelector");
        selector(all, "spec.externalWorkloadSelector");
        constraints.add(new NotServed(scope(Ref.POLICY, "Server", "v1alpha1", "v1beta1", "v1beta2"), "spec.accessPolicy",
                "v1beta3"));
        constraints.add(new NotServed(scope(Ref.POLICY, "Server", "v1alpha1", "v1beta1"), "spec.externalWorkloadSelector",
                "v1beta2"));
    }

    private void serverAuthorization() {
        Scope s = scope(Ref.POLICY, "ServerAuthorization");
        required(s, "", "spec");
        required(s, "spec", "server", "client");
        constraints.add(new OneOf(s, "spec.server", List.of("name", "selector")));
        format(s, "spec.server.name", LABEL, 1, 63, "a DNS-1123 label");
        selector(s, "spec.server.selector");
        required(s, "spec.client.networks[*]", "cidr");
        format(s, "spec.client.meshTLS.identities[*]", SERVER_AUTHZ_IDENTITY, 1, 253,
                "'*' or a dotted identity of DNS-1123 labels, optionally starting with '*.'");
        required(s, "spec.client.meshTLS.serviceAccounts[*]", "name");
        format(s, "spec.client.meshTLS.serviceAccounts[*].name", LABEL, 1, 63, "a DNS-1123 label");
        format(s, "spec.client.meshTLS.serviceAccounts[*].namespace", LABEL, 1, 63, "a DNS-1123 label");
    }

    private void targetRef(Scope s, String path) {
        required(s, path, "kind", "name");
        format(s, path + ".group", GROUP, 0, 253, "an API group (a DNS-1123 subdomain, or empty)");
        format(s, path + ".kind", KIND, 1, 63, "a kind name");
        format(s, path + ".name", ANY, 1, 253, "a name");
    }

    private void authorizationPolicy() {
        Scope s = scope(Ref.POLICY, "AuthorizationPolicy");
        required(s, "", "spec");
        required(s, "spec", "targetRef", "requiredAuthenticationRefs");
        targetRef(s, "spec.targetRef");
        targetRef(s, "spec.requiredAuthenticationRefs[*]");
        format(s, "spec.requiredAuthenticationRefs[*].namespace", ANY, 0, 253, "a namespace");
    }

    private void authentications() {
        Scope mtls = scope(Ref.POLICY, "MeshTLSAuthentication");
        required(mtls, "", "spec");
        constraints.add(new OneOf(mtls, "spec", List.of("identities", "identityRefs")));
        constraints.add(new MaxItems(mtls, "spec.identities", 1, Integer.MAX_VALUE));
        constraints.add(new MaxItems(mtls, "spec.identityRefs", 1, Integer.MAX_VALUE));
        required(mtls, "spec.identityRefs[*]", "kind");
        format(mtls, "spec.identityRefs[*].name", ANY, 1, 253, "a name");
        Scope net = scope(Ref.POLICY, "NetworkAuthentication");
        required(net, "", "spec");
        required(net, "spec", "networks");
        required(net, "spec.networks[*]", "cidr");
    }

    private void headerModifier(Scope s, String path) {
        for (String list : List.of("set", "add")) {
            required(s, path + "." + list + "[*]", "name", "value");
            format(s, path + "." + list + "[*].name", HEADER_NAME, 1, 256, "an HTTP header name");
            format(s, path + "." + list + "[*].value", ANY, 1, 4096, "a header value");
            constraints.add(new MaxItems(s, path + "." + list, 0, 16));
        }
        constraints.add(new MaxItems(s, path + ".remove", 0, 16));
        // The CRDs leave removed names free, but Linkerd's webhook parses them as header names (routes/http.rs).
        format(s, path + ".remove[*]", HEADER_NAME, 1, 256, "an HTTP header name");
    }

    private void redirect(Scope s, String path) {
        values(s, path + ".scheme", List.of("http", "https"));
        format(s, path + ".hostname", SUBDOMAIN, 1, 253, "a DNS-1123 subdomain");
        required(s, path + ".path", "type");
        values(s, path + ".path.type", List.of("ReplaceFullPath", "ReplacePrefixMatch"));
        port(s, path + ".port");
        values(s, path + ".statusCode", List.of("301", "302"));
    }

    private void routeMatches(Scope s, String matches, int maxMatches) {
        values(s, matches + ".path.type", PATH_TYPES);
        format(s, matches + ".path.value", ANY, 0, 1024, "a path");
        required(s, matches + ".headers[*]", "name", "value");
        format(s, matches + ".headers[*].name", HEADER_NAME, 1, 256, "an HTTP header name");
        format(s, matches + ".headers[*].value", ANY, 1, 4096, "a header value");
        values(s, matches + ".headers[*].type", MATCH_TYPES);
        required(s, matches + ".queryParams[*]", "name", "value");
        format(s, matches + ".queryParams[*].name", ANY, 1, 256, "a query parameter name");
        format(s, matches + ".queryParams[*].value", ANY, 1, 1024, "a query parameter value");
        values(s, matches + ".queryParams[*].type", MATCH_TYPES);
        values(s, matches + ".method", METHODS);
        constraints.add(new MaxItems(s, matches.substring(0, matches.length() - 3), 0, maxMatches));
    }

    private void parentRefs(Scope s, Scope bounded) {
        String p = "spec.parentRefs[*]";
        required(s, p, "name");
        format(s, p + ".group", GROUP, 0, 253, "an API group (a DNS-1123 subdomain, or empty)");
        format(s, p + ".kind", KIND, 1, 63, "a kind name");
        format(s, p + ".name", ANY, 1, 253, "a name");
        format(s, p + ".namespace", LABEL, 1, 63, "a DNS-1123 label");
        format(s, p + ".sectionName", SUBDOMAIN, 1, 253, "a DNS-1123 subdomain");
        port(bounded, p + ".port");
        constraints.add(new MaxItems(s, "spec.parentRefs", 0, 32));
        format(s, "spec.hostnames[*]", HOSTNAME, 1, 253, "a hostname, optionally starting with '*.'");
        constraints.add(new MaxItems(s, "spec.hostnames", 0, 16));
    }

    private void linkerdHttpRoute() {
        Scope s = scope(Ref.POLICY, "HTTPRoute");
        Scope bounded = scope(Ref.POLICY, "HTTPRoute", "v1beta2", "v1beta3");
        parentRefs(s, bounded);
        constraints.add(new MaxItems(s, "spec.rules", 0, 16));
        routeMatches(s, "spec.rules[*].matches[*]", 8);
        required(s, "spec.rules[*].filters[*]", "type");
        // The rule-level enum of the CRD lacks ResponseHeaderModifier, although the Rust types have it: the API
        // server rejects it there (templates/policy/httproute.yaml, v1beta3).
        values(s, "spec.rules[*].filters[*].type", List.of("RequestHeaderModifier", "RequestRedirect"));
        headerModifier(s, "spec.rules[*].filters[*].requestHeaderModifier");
        redirect(s, "spec.rules[*].filters[*].requestRedirect");
        constraints.add(new MaxItems(s, "spec.rules[*].filters", 0, 16));
        String backend = "spec.rules[*].backendRefs[*]";
        required(s, backend, "name");
        port(bounded, backend + ".port");
        constraints.add(new Range(bounded, backend + ".weight", 0, 1_000_000));
        format(bounded, backend + ".namespace", LABEL, 1, 63, "a DNS-1123 label");
        constraints.add(new MaxItems(s, "spec.rules[*].backendRefs", 0, 16));
        required(bounded, backend + ".filters[*]", "type");
        values(bounded, backend + ".filters[*].type",
                List.of("RequestHeaderModifier", "ResponseHeaderModifier", "RequestRedirect"));
        Scope old = scope(Ref.POLICY, "HTTPRoute", "v1alpha1", "v1beta1");
        for (String field : List.of("group", "kind", "weight")) {
            constraints.add(new NotServed(old, backend + "." + field, "v1beta2"));
        }
        constraints.add(new NotServed(scope(Ref.POLICY, "HTTPRoute", "v1alpha1", "v1beta1", "v1beta2"),
                "spec.rules[*].timeouts", "v1beta3"));
        headerModifier(bounded, backend + ".filters[*].requestHeaderModifier");
        headerModifier(bounded, backend + ".filters[*].responseHeaderModifier");
        redirect(bounded, backend + ".filters[*].requestRedirect");
    }

    private void rateLimitAndEgress() {
        Scope rl = scope(Ref.POLICY, "HTTPLocalRateLimitPolicy");
        required(rl, "", "spec");
        required(rl, "spec", "targetRef");
        targetRef(rl, "spec.targetRef");
        required(rl, "spec.total", "requestsPerSecond");
        required(rl, "spec.identity", "requestsPerSecond");
        required(rl, "spec.overrides[*]", "requestsPerSecond", "clientRefs");
        required(rl, "spec.overrides[*].clientRefs[*]", "kind", "name");
        format(rl, "spec.overrides[*].clientRefs[*].namespace", LABEL, 1, 63, "a DNS-1123 label");
        Scope egress = scope(Ref.POLICY, "EgressNetwork");
        required(egress, "", "spec");
        required(egress, "spec", "trafficPolicy");
        values(egress, "spec.trafficPolicy", List.of("Allow", "Deny"));
        required(egress, "spec.networks[*]", "cidr");
    }

    private void externalWorkloadProfileAndSplit() {
        String workload = "workload.linkerd.io";
        Scope ew = scope(workload, "ExternalWorkload");
        required(ew, "", "spec");
        Scope beta = scope(workload, "ExternalWorkload", "v1beta1");
        Scope alpha = scope(workload, "ExternalWorkload", "v1alpha1");
        required(beta, "spec", "meshTLS");
        required(beta, "spec.meshTLS", "identity", "serverName");
        required(alpha, "spec", "meshTls");
        required(alpha, "spec.meshTls", "identity", "serverName");
        for (String tls : List.of("spec.meshTLS", "spec.meshTls")) {
            format(ew, tls + ".identity", ANY, 1, 253, "an identity");
            format(ew, tls + ".serverName", ANY, 1, 253, "a server name");
        }
        required(ew, "spec.ports[*]", "port");
        port(ew, "spec.ports[*].port");
        constraints.add(new MaxItems(beta, "spec.workloadIPs", 0, 2));
        constraints.add(new MaxItems(alpha, "spec.workloadIPs", 0, 1));

        Scope sp = scope("linkerd.io", "ServiceProfile");
        required(scope("linkerd.io", "ServiceProfile", "v1alpha1"), "spec", "routes");
        required(sp, "spec.routes[*]", "name", "condition");
        required(sp, "spec.routes[*].responseClasses[*]", "condition");
        required(sp, "spec.retryBudget", "retryRatio", "minRetriesPerSecond", "ttl");
        required(sp, "spec.dstOverrides[*]", "authority", "weight");

        Scope ts = scope("split.smi-spec.io", "TrafficSplit");
        required(ts, "", "spec");
        required(ts, "spec", "service", "backends");
        required(ts, "spec.backends[*]", "service", "weight");
    }

    private void gatewayRoutes() {
        Scope all = new Scope(Ref.GATEWAY, Set.of("HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute"), Set.of());
        parentRefs(all, all);
        required(all, "spec.rules[*].backendRefs[*]", "name");
        port(all, "spec.rules[*].backendRefs[*].port");
        constraints.add(new Range(all, "spec.rules[*].backendRefs[*].weight", 0, 1_000_000));
        Scope http = new Scope(Ref.GATEWAY, Set.of("HTTPRoute"), Set.of());
        routeMatches(http, "spec.rules[*].matches[*]", 64);
        required(http, "spec.rules[*].filters[*]", "type");
        values(http, "spec.rules[*].filters[*].type", List.of("RequestHeaderModifier", "ResponseHeaderModifier",
                "RequestMirror", "RequestRedirect", "URLRewrite", "ExtensionRef", "CORS", "ExternalAuth"));
        headerModifier(http, "spec.rules[*].filters[*].requestHeaderModifier");
        headerModifier(http, "spec.rules[*].filters[*].responseHeaderModifier");
        Scope grpc = new Scope(Ref.GATEWAY, Set.of("GRPCRoute"), Set.of());
        values(grpc, "spec.rules[*].matches[*].method.type", MATCH_TYPES);
        required(grpc, "spec.rules[*].matches[*].headers[*]", "name", "value");
        format(grpc, "spec.rules[*].matches[*].headers[*].name", HEADER_NAME, 1, 256, "an HTTP header name");
        values(grpc, "spec.rules[*].matches[*].headers[*].type", MATCH_TYPES);
        required(grpc, "spec.rules[*].filters[*]", "type");
        values(grpc, "spec.rules[*].filters[*].type",
                List.of("ResponseHeaderModifier", "RequestHeaderModifier", "RequestMirror", "ExtensionRef"));
        headerModifier(grpc, "spec.rules[*].filters[*].requestHeaderModifier");
        headerModifier(grpc, "spec.rules[*].filters[*].responseHeaderModifier");
    }
}
