package dev.meshport.translator.toistio;

import static dev.meshport.model.Equivalence.FULL;
import static dev.meshport.model.Equivalence.NONE;
import static dev.meshport.model.Equivalence.PARTIAL;

import dev.meshport.model.Equivalence;
import dev.meshport.model.Severity;
import dev.meshport.translator.GapKind;

/**
 * Every gap of the Linkerd → Istio direction, declared once. Row ids refer to reference/feature-map.md §3.2; each kind
 * names the upstream source of its semantic fact in its docs.
 */
public enum IstioGap implements GapKind {

    UNTRANSLATED_FIELD("linkerd-untranslated-field", "field meshport does not translate", NONE, "L*",
            "Check by hand what the field does and whether Istio needs an equivalent; please report it so that meshport learns it.",
            "No translation of meshport handled this field. It is reported rather than dropped silently."),

    OUTPUT_CONFLICT("linkerd-output-conflict", "two sources that translate to one Istio object", NONE, "L*",
            "Rename one of the sources (or remove the duplicate input), then translate again.",
            "Two source resources produce objects of the same kind, namespace and name with different content; "
                    + "meshport writes the first and reports the second instead of overwriting it."),

    // Authorization
    MATCH_EXPRESSIONS("linkerd-server-match-expressions", "podSelector.matchExpressions", PARTIAL, "L1",
            "Label the selected pods with one common label and select it with matchLabels, then translate again.",
            "Istio's WorkloadSelector has matchLabels only (type/v1beta1/selector.proto). meshport writes one policy "
                    + "per workload of the inputs that the expressions select; pods of other workloads are not covered."),
    SELECTOR_UNMATCHED("linkerd-server-selector-unmatched", "podSelector.matchExpressions that no workload of the inputs matches", NONE, "L1",
            "Include the workload manifests in the inputs, or select the pods with matchLabels.",
            "Istio's WorkloadSelector has matchLabels only (type/v1beta1/selector.proto); without a workload to "
                    + "expand the expressions over, no policy is written and Istio applies its default (allow) to "
                    + "the port."),
    NAMED_PORT_UNRESOLVED("linkerd-server-port-unresolved", "named Server port that no workload of the inputs declares", NONE, "L1",
            "Include the workload manifests (Deployment, StatefulSet…) in the inputs, or use a port number.",
            "Istio authorization ports are numbers (authorization_policy.proto Operation.ports); a Server names a "
                    + "container port (Linkerd reference/authorization-policy.md)."),
    PER_PORT_DEFAULT("linkerd-server-port-default", "ports of a workload outside every Server", PARTIAL, "L1,L2",
            "Nothing to do when the compensating rule reads as intended.",
            "One Istio ALLOW policy selecting a workload denies every request no ALLOW rule matches, on every port "
                    + "(authorization_policy.proto evaluation order); Linkerd applies its default policy to ports "
                    + "without a Server. meshport adds a rule with notPorts carrying the default; where the "
                    + "workload's Server ports cannot all be resolved it adds none, and those ports are denied."),
    ACCESS_POLICY_AUDIT("linkerd-access-policy-audit", "audit access policy", PARTIAL, "L2,A5",
            "Use Istio's access logs or an AuthorizationPolicy with istio.io/dry-run to see what would be denied.",
            "Linkerd's audit mode allows every request and labels the unauthorized ones (features/server-policy.md "
                    + "\"Audit mode\"); meshport allows them too and the audit labelling is lost."),
    DEFAULT_POLICY_FIXED_AT_CREATION("linkerd-default-inbound-policy", "config.linkerd.io/default-inbound-policy", PARTIAL, "L2",
            "Nothing to do: Istio applies policies to running pods at once, Linkerd read the annotation at pod creation.",
            "Linkerd reads default-inbound-policy when the pod is created (features/server-policy.md \"Default "
                    + "policies\"); Istio policies apply dynamically."),
    CLUSTER_NETWORKS("linkerd-cluster-networks", "cluster-authenticated / cluster-unauthenticated", PARTIAL, "L2",
            "Check that the ipBlocks written match your install's clusterNetworks value.",
            "Linkerd's cluster-* policies accept clients from the install value clusterNetworks (default "
                    + "10.0.0.0/8,100.64.0.0/10,172.16.0.0/12,192.168.0.0/16,fd00::/8, Linkerd Helm values); meshport "
                    + "writes the default ranges as ipBlocks."),
    UNAUTHENTICATED_TLS("linkerd-unauthenticated-tls", "ServerAuthorization unauthenticatedTLS", NONE, "L6",
            "Require an identity or a network instead.",
            "Istio authorization has no condition for TLS without a client identity (authorization_policy.proto Source)."),
    SERVER_SELECTOR("linkerd-serverauthorization-selector", "ServerAuthorization server.selector", PARTIAL, "L6",
            "Nothing to do when the expanded Servers are the intended ones.",
            "server.selector picks Servers by label; meshport expands it over the Servers of the inputs only."),
    AUTHENTICATION_UNRESOLVED("linkerd-authentication-unresolved", "authentication or target that is not in the inputs", NONE, "L3",
            "Include the MeshTLSAuthentication, NetworkAuthentication, Server or route manifests in the inputs.",
            "An AuthorizationPolicy whose references do not resolve authorizes nothing in Linkerd "
                    + "(policy-controller inbound authorization_policy.rs); meshport writes no rule for it."),
    IDENTITY_FORMAT("linkerd-identity-format", "identity that is not a Linkerd service-account identity", NONE, "L4",
            "Write the identity as <sa>.<ns>.serviceaccount.identity.<linkerd-ns>.<trust-domain> or use identityRefs.",
            "Istio principals are <trust-domain>/ns/<ns>/sa/<sa> (authorization_policy.proto Source.principals); "
                    + "Linkerd names are <sa>.<ns>.serviceaccount.identity.<control-plane-ns>.<trust-domain> "
                    + "(policy-controller cluster_info.rs). meshport leaves out an identity it cannot convert, "
                    + "so the rule allows less."),
    ROUTE_MATCH_IN_AUTHZ("linkerd-authz-route-match", "inbound route match without Istio authorization equivalent", NONE, "L7",
            "Authorize the whole path or method instead, or keep the check in the application.",
            "Istio authorization operations have paths (exact, prefix*, *suffix) and methods only "
                    + "(authorization_policy.proto Operation); regular expressions, query parameters and path prefixes "
                    + "that are not whole segments cannot be written. meshport leaves such a match out: the rule "
                    + "allows less."),
    INBOUND_ROUTE_PRECEDENCE("linkerd-inbound-route-precedence", "inbound routes of one Server that match the same requests", PARTIAL, "L7",
            "Make the matches of the Server's routes disjoint, or authorize the shared requests on every route that can take them.",
            "linkerd2-proxy gives a request to one route, the best-ranked match (path length, header, query parameter "
                    + "counts, method; http/match.rs), on a tie the oldest route, then by name (policy-controller "
                    + "inbound/http.rs), and applies only that route's authorizations. meshport leaves the requests "
                    + "another route may take out of each route's Istio rule (notPaths, notMethods, header notValues); "
                    + "where the winner cannot be written exactly, or the manifests do not tell which route is older, "
                    + "it leaves out more: the rule allows less, never more."),
    SERVER_OVERLAP("linkerd-server-overlap", "Servers that select the same port of the same pods", NONE, "L1",
            "Remove or narrow one of the Servers (Linkerd before 2.18 rejected the second), or translate manifests "
                    + "exported from the cluster, which carry creationTimestamp.",
            "Since Linkerd 2.18 (edge-25.2.2, linkerd2#13676) Servers may overlap; the policy controller uses the "
                    + "oldest, then the first by name, for a pod port. Istio admits what any ALLOW policy of a workload "
                    + "allows (authorization_policy.proto), so both Servers' rules together would admit more. meshport "
                    + "writes the rules of the Server that decides when creationTimestamps tell which it is, and "
                    + "otherwise neither's: Istio then denies that port of those pods."),
    ROUTE_NOT_FOUND_STATUS("linkerd-authz-route-404", "requests matching no inbound route", PARTIAL, "L7",
            "Nothing to do unless clients depend on the 404.",
            "Linkerd answers 404 to requests that match no inbound HTTPRoute of a Server (features/server-policy.md "
                    + "\"Policy rejections\"); Istio answers 403 to requests no rule allows."),

    // Routing
    ROUTE_PARENT("linkerd-route-parent", "route parent that is not a Service", NONE, "L8,L17",
            "Egress routes: write a ServiceEntry for the external host and route it with a VirtualService.",
            "Istio routes mesh traffic by Service host (virtual_service.proto hosts); an EgressNetwork parent "
                    + "(Linkerd reference/egress-network.md) has no Istio counterpart that meshport writes."),
    ROUTE_REGEX("linkerd-route-regex", "regular expression match", PARTIAL, "L12",
            "Check that the expression matches the same values under a full match; write ^(?:…)$ if in doubt.",
            "Linkerd accepts a regex match only when the leftmost-first match spans the whole value (linkerd2-proxy "
                    + "match/path.rs); Istio's RE2 match accepts any match of the whole value (virtual_service.proto "
                    + "StringMatch regex). They differ for alternations and quantifiers that can stop early: "
                    + "/a|/ab matches /ab in Istio only."),
    ROUTE_PRECEDENCE("linkerd-route-precedence", "route precedence", PARTIAL, "L8",
            "Check the order of the VirtualService entries against the Linkerd routes.",
            "Linkerd ranks matches by path (exact and prefix by length, a regex by the length of the path it "
                    + "matched), then headers, query parameters, method (linkerd2-proxy http-route match.rs); "
                    + "VirtualService takes the first entry that matches. meshport sorts the entries; a regex "
                    + "entry beside other path matches of the same parent can rank differently."),
    ROUTE_FILTER("linkerd-route-filter-dropped", "route filter", PARTIAL, "L8",
            "Check the translated header and redirect settings.",
            "Gateway API filters map to VirtualService headers, redirect and mirror (virtual_service.proto)."),
    ROUTE_UNSUPPORTED("linkerd-route-unsupported", "route feature without VirtualService equivalent", NONE, "L8",
            "Keep the route as a Gateway API HTTPRoute (--route-api gateway-api), which Istio also serves.",
            "VirtualService has no counterpart for this Gateway API field (virtual_service.proto)."),
    IMPLICIT_RETRIES("linkerd-implicit-retries", "Service without retries", PARTIAL, "L9,T8",
            "Set meshConfig.defaultHttpRetryPolicy to {attempts: 0} at install, or add a VirtualService with "
                    + "retries: {attempts: 0} for the Service.",
            "Istio retries every HTTP request to a Service without VirtualService twice (mesh config "
                    + "default_http_retry_policy: connect-failure, refused-stream, unavailable, cancelled, "
                    + "retriable-status-codes); Linkerd retries nothing unless configured (reference/retries.md)."),
    ROUTE_SHADOWED("linkerd-route-shadowed", "HTTPRoute shadowed by a ServiceProfile or TrafficSplit", PARTIAL, "L12,T8",
            "Delete the ServiceProfile (or TrafficSplit) or the route: Linkerd ignored the route while it existed.",
            "A ServiceProfile for a Service overrides its HTTPRoutes in Linkerd (reference/httproute.md warning), and "
                    + "so does a TrafficSplit, which the linkerd-smi adaptor turns into the apex Service's "
                    + "ServiceProfile; meshport translates the ServiceProfile or TrafficSplit and leaves the route out, "
                    + "as Linkerd did."),
    RETRY_CONDITIONS("linkerd-retry-conditions", "retry conditions", PARTIAL, "L9",
            "Check the retryOn list.",
            "retry.linkerd.io/http lists status codes and ranges and 5xx, gateway-error (reference/retries.md); "
                    + "Istio retryOn takes 5xx, gateway-error and retriable-status-codes with explicit codes; "
                    + "ranges are expanded."),
    RESPONSE_TIMEOUT("linkerd-timeout-response", "timeout.linkerd.io/response", PARTIAL, "L10",
            "Check the per-try timeout.",
            "The response timeout (reference/timeouts.md) is approximated by retries.perTryTimeout."),
    IDLE_TIMEOUT("linkerd-timeout-idle", "timeout.linkerd.io/idle", NONE, "L10",
            "Set idleTimeout in a DestinationRule connectionPool if a connection-level limit will do.",
            "Istio has no per-request idle timeout (virtual_service.proto HTTPRoute)."),
    RETRY_BUDGET("linkerd-sp-retry-budget", "ServiceProfile retryBudget", PARTIAL, "L13",
            "Choose retries.attempts for each route; Istio bounds retries per request, not as a share of traffic.",
            "Linkerd's budget bounds retries to a ratio of live requests (reference/service-profiles.md); Istio "
                    + "has attempts per request only (virtual_service.proto HTTPRetry). meshport writes attempts: 1 "
                    + "for retryable routes."),
    RESPONSE_CLASSES("linkerd-sp-response-classes", "ServiceProfile responseClasses", NONE, "L14",
            "Istio counts 5xx as failures; adjust retryOn or telemetry by hand.",
            "Istio classifies responses by status only (reference/service-profiles.md vs virtual_service.proto)."),
    SP_CONDITION("linkerd-sp-condition", "ServiceProfile condition without Istio equivalent", NONE, "L12",
            "Express the route with path regex and method only.",
            "VirtualService matches are an OR of ANDs of uri, method, headers (virtual_service.proto "
                    + "HTTPMatchRequest); a not, a nested any or a condition on other fields has no direct form. "
                    + "meshport leaves the route out: its requests take the default route."),
    SP_HOST("linkerd-sp-host", "ServiceProfile name that is not a Service FQDN", NONE, "L12",
            "Name the ServiceProfile <service>.<namespace>.svc.<cluster-domain>.",
            "Linkerd applies a ServiceProfile named after a Service FQDN (reference/service-profiles.md); "
                    + "meshport needs the Service to write the VirtualService host."),
    WEIGHT_QUANTITY("linkerd-weight-quantity", "weight as a Kubernetes quantity", FULL, "L15",
            "Nothing to do.",
            "Weights are Kubernetes quantities (500m); meshport writes integer weights with the same ratios "
                    + "(virtual_service.proto HTTPRouteDestination.weight)."),

    // Resilience
    FAILURE_ACCRUAL("linkerd-failure-accrual", "failure accrual setting without DestinationRule field", PARTIAL, "L11",
            "Check the outlier detection written for the Service.",
            "Linkerd failure accrual (reference/circuit-breaking.md) ejects an endpoint after consecutive failures "
                    + "with a backoff between min and max penalty; DestinationRule outlierDetection has "
                    + "consecutive5xxErrors and baseEjectionTime (destination_rule.proto); max penalty and jitter "
                    + "are lost."),
    RATE_LIMIT("linkerd-rate-limit", "HTTPLocalRateLimitPolicy identity limits and overrides", NONE, "L16",
            "Limit clients in the application, or with Envoy's global rate limit service keyed by client identity.",
            "Istio has no rate-limit resource; meshport writes the total limit as an EnvoyFilter with Envoy's local "
                    + "rate limit (istio.io tasks/policy-enforcement/rate-limit); Linkerd's per-identity fairness "
                    + "and per-client overrides (reference/rate-limiting.md) have no local form."),
    EGRESS_NETWORK("linkerd-egress-network", "EgressNetwork networks", PARTIAL, "L17",
            "Check the ServiceEntries against the external hosts your workloads call.",
            "An EgressNetwork selects traffic by CIDR (reference/egress-network.md); Istio's registry is host-based "
                    + "(service_entry.proto). meshport writes a REGISTRY_ONLY Sidecar for trafficPolicy Deny and a "
                    + "ServiceEntry per hostname of the routes that let traffic out."),
    EXTERNAL_WORKLOAD("linkerd-external-workload", "ExternalWorkload", PARTIAL, "L18",
            "Onboard the VM with istioctl x workload and set the WorkloadEntry's serviceAccount.",
            "meshport writes a WorkloadEntry with the first address, the named ports and the labels "
                    + "(workload_entry.proto); the SPIFFE identity, further addresses and unnamed ports do not carry "
                    + "over (Linkerd reference/external-workload.md)."),
    WEIGHT_ROUNDED("linkerd-weight-rounded", "backend weights whose ratio integer percentages cannot keep", PARTIAL, "L15",
            "Choose weights whose shares are whole percentages (1:3 rather than 1:2), or accept the rounding.",
            "Linkerd splits by the ratio of the weights (Gateway API BackendRef.weight, TrafficSplit and "
                    + "dstOverrides quantities); meshport writes Istio weights as integer percentages that add up to "
                    + "100 (virtual_service.proto HTTPRouteDestination.weight), largest remainder first, so 1:2 "
                    + "becomes 33:67."),
    TRAFFIC_SPLIT_ZERO("linkerd-traffic-split-zero", "TrafficSplit or dstOverrides whose backends all weigh 0", PARTIAL, "L15",
            "Give at least one backend a weight above 0, or remove the TrafficSplit or dstOverrides.",
            "A TrafficSplit or ServiceProfile dstOverrides whose weights are all 0 sends a request nowhere: the weights "
                    + "give no ratio (linkerd-smi adaptor → ServiceProfile dstOverrides). Istio needs a destination with traffic "
                    + "(virtual_service.proto HTTPRouteDestination.weight); meshport writes an abort of every request "
                    + "(500) instead, which delivers nothing either."),
    SMI_KIND("linkerd-smi-kind", "SMI resource other than TrafficSplit", NONE, "",
            "Translate the access rules into Linkerd policy first or write the AuthorizationPolicy by hand.",
            "SMI TrafficTarget and HTTPRouteGroup are served only by the linkerd-smi extension (Linkerd 2.11+)."),

    // Proxy configuration
    INJECT_INGRESS("linkerd-inject-ingress", "linkerd.io/inject: ingress", NONE, "L19",
            "Use an Istio ingress gateway for this workload.",
            "Istio has no ingress mode of the sidecar (Linkerd reference/proxy-configuration.md Ingress Mode)."),
    PROXY_ANNOTATION("linkerd-proxy-annotation", "proxy annotation without Istio equivalent", NONE, "L20-L26",
            "Configure the equivalent in the Istio mesh config or ProxyConfig if there is one.",
            "Linkerd proxy annotations (cli/cmd/doc.go) that have no sidecar.istio.io / traffic.sidecar.istio.io "
                    + "counterpart (annotation/annotations.yaml)."),
    PROXY_LOG_LEVEL("linkerd-proxy-log-level", "config.linkerd.io/proxy-log-level", PARTIAL, "K6",
            "Set per-component Envoy log levels with istioctl proxy-config log if you need them.",
            "Linkerd takes a Rust tracing filter (warn,linkerd=info; cli/cmd/doc.go); sidecar.istio.io/logLevel takes "
                    + "one Envoy level (annotation/annotations.yaml). meshport keeps the first level."),
    SKIP_SUBNETS("linkerd-skip-subnets", "config.linkerd.io/skip-subnets", PARTIAL, "L22",
            "Check that the subnets are outbound destinations.",
            "Written as traffic.sidecar.istio.io/excludeOutboundIPRanges; whether Linkerd skips inbound traffic from "
                    + "them too is not established."),
    OPAQUE_PORTS("linkerd-opaque-ports", "opaque ports", PARTIAL, "L21",
            "Name the Service ports tcp-… or set appProtocol: tcp.",
            "Istio picks the protocol from the port name or appProtocol (protocol selection docs); Linkerd's "
                    + "opaque-ports annotation and appProtocol linkerd.io/opaque have no Istio value."),
    ACCESS_LOG("linkerd-access-log", "config.linkerd.io/access-log", PARTIAL, "L23",
            "Write a Telemetry resource with accessLogging for the workload.",
            "features/access-logging.md; Istio access logging is set in Telemetry (telemetry.proto)."),
    MULTICLUSTER("linkerd-multicluster", "multicluster export", NONE, "L24",
            "Set up Istio multicluster; endpoints merge across clusters without mirrored Services.",
            "Linkerd mirrors exported Services (reference/multicluster.md); Istio merges endpoints of same-named "
                    + "Services across clusters.");

    private final String id;
    private final String feature;
    private final Equivalence equivalence;
    private final String featureRow;
    private final String suggestion;
    private final String docs;

    IstioGap(String id, String feature, Equivalence equivalence, String featureRow, String suggestion, String docs) {
        this.id = id;
        this.feature = feature;
        this.equivalence = equivalence;
        this.featureRow = featureRow;
        this.suggestion = suggestion;
        this.docs = docs;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String feature() {
        return feature;
    }

    @Override
    public Equivalence equivalence() {
        return equivalence;
    }

    /** A full-equivalence note is information only. */
    @Override
    public Severity severity() {
        return equivalence == FULL ? Severity.INFO : GapKind.super.severity();
    }

    @Override
    public String versions() {
        return ">=1.22";
    }

    @Override
    public String suggestion() {
        return suggestion;
    }

    @Override
    public String docs() {
        return docs;
    }

    @Override
    public String featureRow() {
        return featureRow;
    }

    @Override
    public String sourceMesh() {
        return "linkerd";
    }
}
