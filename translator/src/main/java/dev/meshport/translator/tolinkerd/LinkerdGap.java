package dev.meshport.translator.tolinkerd;

import static dev.meshport.model.Equivalence.NONE;
import static dev.meshport.model.Equivalence.PARTIAL;

import dev.meshport.model.Equivalence;
import dev.meshport.model.Severity;
import dev.meshport.translator.GapKind;

/**
 * Every gap of the Istio → Linkerd direction, declared once. Row ids refer to reference/feature-map.md; each kind
 * names the upstream source of its semantic fact in its docs.
 */
public enum LinkerdGap implements GapKind {

    UNTRANSLATED_FIELD("istio-untranslated-field", "field meshport does not translate", NONE, "", "*",
            "Check by hand what the field does and whether Linkerd needs an equivalent; please report it so that meshport learns it.",
            "No translation of meshport handled this field. It is reported rather than dropped silently."),

    OUTPUT_CONFLICT("istio-output-conflict", "two sources that translate to one Linkerd object", NONE, "", "*",
            "Rename one of the sources (or remove the duplicate input), then translate again.",
            "Two source resources produce objects of the same kind, namespace and name with different content; "
                    + "meshport writes the first and reports the second instead of overwriting it."),

    // VirtualService
    VS_HOST_UNRESOLVED("istio-vs-host-unresolved", "VirtualService host that is not a Kubernetes Service", NONE, ">=2.18", "V1",
            "Include the Service manifest in the inputs, or route external hosts with an EgressNetwork and a route on it.",
            "Gateway API routes in a mesh attach to a Service (parentRefs kind Service); a host that does not resolve to a "
                    + "Service of the inputs (wildcards, external names) has no parent to attach to (GAMMA, mesh-overview.md)."),
    VS_INGRESS_GATEWAY("istio-vs-ingress-gateway", "VirtualService bound to an ingress Gateway", NONE, ">=2.18", "V3",
            "Linkerd has no ingress: translate the Gateway and this route for your ingress controller (ingress2gateway), "
                    + "and mesh the ingress pods with linkerd.io/inject: enabled.",
            "Linkerd does not ship an ingress controller (Linkerd docs, features/ingress.md); routes bound to named gateways "
                    + "are out of the mesh's scope."),
    VS_EXPORT_TO("istio-vs-export-to", "VirtualService exportTo", PARTIAL, ">=2.18", "V4",
            "A producer route (in the Service's namespace) applies to every client; to scope it, place a consumer route in "
                    + "each client namespace instead.",
            "Route scope in Gateway API is decided by the route's namespace (GEP-1426), not by an export list."),
    VS_REGEX("istio-vs-regex", "regular expression match", PARTIAL, ">=2.18", "V7,V10,V13",
            "Check that the expression means the same in Rust's regex crate (Unicode classes, no look-around).",
            "Istio matches RE2 against the whole value; Linkerd's proxy uses the Rust regex crate and accepts a match only "
                    + "when the leftmost-first match spans the whole value (match/path.rs). meshport anchors the "
                    + "expression as ^(?:...)$ so that alternations match alike; \\d, \\w, \\s are Unicode-aware in Rust."),
    VS_IGNORE_URI_CASE("istio-vs-ignore-uri-case", "ignoreUriCase", PARTIAL, ">=2.18", "V8",
            "Nothing to do when the case-insensitive regular expression reads as intended.",
            "Gateway API has no case-insensitive path match; meshport writes (?i) into a RegularExpression."),
    VS_UNSUPPORTED_MATCH("istio-vs-match-unsupported", "match condition without Linkerd equivalent", NONE, ">=2.18", "V11,V15,V17,V18,V19,V20",
            "Move the condition into the application, or express it with the conditions Gateway API has (path, method, "
                    + "headers, query parameters).",
            "Gateway API matches have no negative header match, scheme, authority-per-match, source labels or source "
                    + "namespace (apis/v1/httproute_types.go HTTPRouteMatch). meshport never broadens a match by dropping "
                    + "a condition: the match is left out, so its requests go to the next rule that matches them."),
    VS_SOURCE_NAMESPACE("istio-vs-source-namespace", "match by source namespace", PARTIAL, ">=2.18", "V20",
            "Check the consumer route: it applies to every workload of the client namespace and replaces the producer "
                    + "routes there.",
            "Gateway API scopes routes by namespace (GEP-1426): a route in the client's namespace is a consumer route "
                    + "that applies to all its workloads and takes precedence over the Service's own routes "
                    + "(Linkerd docs reference/httproute.md)."),
    VS_MATCH_ORDER("istio-vs-match-order", "first-match order of http routes", PARTIAL, ">=2.18", "V21",
            "Reorder or narrow the Istio routes so that no later route overlaps an earlier one, then translate again; "
                    + "until then the requests of the reported later match fail with 500 in Linkerd.",
            "Istio takes the first http[] entry that matches (virtual_service.proto); Linkerd takes the most specific "
                    + "match: longest matched path, then most headers, query parameters, method, then the first rule "
                    + "(linkerd2-proxy http-route match.rs RequestMatch::cmp, lib.rs find). meshport adds the "
                    + "intersection of overlapping matches to the earlier rule (for a prefix and a regex: the regex, "
                    + "when the literal text every match begins with begins with the prefix, else the prefix followed "
                    + "by the regex's derivative by it). Where it cannot write the intersection (two different "
                    + "overlapping regexes; a regex with counted repetition, flags or inner anchors; case-insensitive "
                    + "regexes), or where it "
                    + "would tie with the later match from another HTTPRoute (entries with other retries: Linkerd breaks "
                    + "that tie by route age), the "
                    + "translation fails closed: a rule with the later match, just before the later entry's rule, sends "
                    + "its requests to the Service meshport-unresolved-match-order, which does not exist, so Linkerd "
                    + "answers them with 500 (policy-controller outbound http.rs: a backend Service that does not exist "
                    + "gets a 500 \"Service not found\" failure injector) instead of sending a request Istio gives the "
                    + "earlier route to the later route's backend, whose authorization may allow what the earlier one "
                    + "denied (found by the differential tests: a prefix /api entry before a regex /api/v[0-9]+ GET "
                    + "entry). It is an error: those requests fail until the routes are reordered by hand.") {
        @Override
        public Severity severity() {
            return Severity.ERROR;
        }
    },
    VS_REWRITE("istio-vs-rewrite", "URI / authority rewrite", NONE, ">=2.18", "V22",
            "Rewrite in the application or at the ingress; Linkerd drops a whole route that carries a URLRewrite filter.",
            "Linkerd's policy controller rejects URLRewrite (\"URLRewrite filter is not supported\", "
                    + "policy-controller outbound index http.rs) and drops the route."),
    VS_REDIRECT_OPTION("istio-vs-redirect-option", "redirect option without Gateway API equivalent", NONE, ">=2.18", "V23",
            "Set an explicit port on the redirect and use status 301 or 302.",
            "RequestRedirect has a fixed port only and status codes 301 and 302 (apis/v1/httproute_types.go "
                    + "HTTPRequestRedirectFilter, Gateway API 1.2)."),
    VS_DIRECT_RESPONSE("istio-vs-direct-response", "direct response", NONE, ">=2.18", "V24",
            "Route to a small static responder Service instead.",
            "Gateway API in a mesh has no direct response filter that Linkerd supports."),
    VS_DESTINATION_UNRESOLVED("istio-vs-destination-unresolved", "route destination that cannot be resolved", NONE, ">=2.18", "V25,V26,V27",
            "Add the Service and DestinationRule manifests to the inputs, or give destination.port explicitly.",
            "Linkerd needs a Service and a port for each backendRef (\"missing port for backend Service\", "
                    + "policy-controller outbound index http.rs); a subset needs the DestinationRule that defines it."),
    VS_SUBSET("istio-vs-subset", "destination subset", PARTIAL, ">=2.18", "V27,D1",
            "Apply the generated per-subset Services; dashboards and authorization see the new Service names.",
            "Gateway API has no subsets: meshport generates one Service per subset whose selector is the Service's "
                    + "selector plus the subset's labels. The subset's own trafficPolicy cannot follow."),
    VS_RETRIES("istio-vs-retries", "retries", PARTIAL, ">=2.18", "V30,V32",
            "Check the retry conditions in the report; Linkerd never retries requests with bodies over 64 KiB.",
            "Linkerd retries are HTTPRoute annotations retry.linkerd.io/http, /limit, /timeout applying to every rule of "
                    + "the route (Linkerd docs reference/retries.md); rules with different policies are split into "
                    + "routes. Only 5xx, gateway-error and status codes carry over."),
    VS_RETRY_CONDITIONS("istio-vs-retry-conditions", "retry conditions without Linkerd equivalent", NONE, ">=2.18", "V32",
            "Rely on Linkerd's connection-level retries or handle the condition in the application.",
            "Linkerd retries on HTTP status only (5xx, gateway-error, codes and ranges) for HTTPRoutes (reference/retries.md); "
                    + "connect-failure, refused-stream, reset, retriable-4xx and gRPC conditions on an HTTPRoute have no "
                    + "equivalent."),
    VS_RETRY_OPTIONS("istio-vs-retry-options", "retry backoff and host selection", NONE, ">=2.18", "V33",
            "Drop the setting; Linkerd chooses retry backoff itself.",
            "Linkerd has no retry backoff, retryRemoteLocalities or retryIgnorePreviousHosts (reference/retries.md)."),
    ISTIO_DEFAULT_RETRIES("istio-default-retries", "Istio's implicit default retries", PARTIAL, ">=2.18", "T8",
            "Add retry.linkerd.io annotations if the service relied on Istio retrying failed connections.",
            "Istio retries every HTTP request twice on connect-failure, refused-stream, unavailable, cancelled and "
                    + "retriable-status-codes unless the route sets retries (mesh config default_http_retry_policy); "
                    + "Linkerd does not retry unless asked.") {
        @Override
        public Severity severity() {
            return Severity.INFO;
        }
    },
    VS_ROUTE_NAME("istio-vs-route-name", "route and match names", PARTIAL, ">=2.18", "V41",
            "Nothing to do unless dashboards or alerts use the Istio route names.",
            "Linkerd labels route metrics with the HTTPRoute name; Istio route names do not carry over.") {
        @Override
        public Severity severity() {
            return Severity.INFO;
        }
    },
    VS_MIRROR("istio-vs-mirror", "traffic mirroring", NONE, ">=2.18", "V34",
            "Mirror at the ingress or in the application; Linkerd drops a whole route that carries a RequestMirror filter.",
            "Linkerd's policy controller rejects RequestMirror (policy-controller outbound index http.rs; linkerd2#4385)."),
    VS_FAULT_ABORT("istio-vs-fault-abort", "fault injection (abort)", NONE, ">=2.18", "V35",
            "Emulate with a weighted backendRef to an error-returning Service (Linkerd docs tasks/fault-injection.md).",
            "Linkerd has no fault injection filter; its documented pattern is a traffic split to a Service that fails."),
    VS_FAULT_DELAY("istio-vs-fault-delay", "fault injection (delay)", NONE, ">=2.18", "V36",
            "Inject delays in a test double of the service.",
            "Linkerd has no delay injection (Linkerd docs tasks/fault-injection.md)."),
    VS_CORS("istio-vs-cors", "CORS policy", NONE, ">=2.18", "V37",
            "Handle CORS in the application or at the ingress.",
            "Linkerd's filter conversion accepts header modifiers and redirects only (policy-controller outbound index http.rs)."),
    VS_DELEGATE("istio-vs-delegate", "route delegation", NONE, ">=2.18", "V38",
            "Flatten the delegate VirtualService into the root one, then translate again.",
            "Gateway API in a mesh has no route delegation."),
    VS_TCP_TLS_MATCH("istio-vs-l4-match-unsupported", "TCP/TLS match condition without equivalent", NONE, ">=2.18", "V39,V40",
            "Drop the condition or move the traffic to separate Service ports.",
            "TCPRoute and TLSRoute match only on the parent port (and SNI for TLSRoute)."),

    // DestinationRule
    DR_LOAD_BALANCER("istio-dr-load-balancer", "load balancer algorithm", NONE, ">=2.18", "D2,D3",
            "Nothing to configure: Linkerd balances by EWMA latency; sticky sessions are not available.",
            "Linkerd always uses its latency-aware balancer (Linkerd docs features/load-balancing.md; linkerd2#4956)."),
    DR_LOCALITY("istio-dr-locality", "locality load balancing", PARTIAL, ">=2.18", "D4",
            "Check the Service annotation service.kubernetes.io/topology-aware-hints: auto (zone preference only).",
            "Linkerd honours Kubernetes topology-aware routing only (tasks/enabling-topology-aware-routing.md)."),
    DR_CONNECT_TIMEOUT("istio-dr-connect-timeout", "connection timeout", PARTIAL, ">=2.18", "D5",
            "Set config.linkerd.io/proxy-outbound-connect-timeout on the client workloads (it applies to all destinations).",
            "Linkerd's connect timeout is a client proxy setting, not per destination (cli/cmd/doc.go)."),
    DR_CONNECTION_POOL("istio-dr-connection-pool", "connection pool limits and timeouts", NONE, ">=2.18", "D6,D7",
            "Use HTTPLocalRateLimitPolicy on the server side if a limit is needed.",
            "Linkerd has no client-side connection pool limits (destination_rule.proto ConnectionPoolSettings)."),
    DR_OUTLIER_DETECTION("istio-dr-outlier-detection", "outlier detection options", PARTIAL, ">=2.18", "D8",
            "Check that consecutive failure accrual on the Service fits; it applies to every client.",
            "Linkerd's failure accrual is set by Service annotations balancer.linkerd.io/failure-accrual* for all clients "
                    + "(reference/circuit-breaking.md); interval, ejection percentages and gateway/local-origin errors "
                    + "have no equivalent, and a ServiceProfile for the Service disables it."),
    DR_TLS("istio-dr-tls", "client TLS settings", NONE, ">=2.18", "D10,D11",
            "Meshed traffic is always mTLS in Linkerd; originate TLS to external services in the application.",
            "Linkerd does not originate TLS nor turn mTLS off between meshed pods (features/automatic-mtls.md)."),
    DR_SCOPE("istio-dr-scope", "DestinationRule scope (portLevelSettings, workloadSelector, exportTo, subset policy)", NONE, ">=2.18", "D12,D1",
            "Linkerd settings are per Service or per pod; apply the closest one by hand.",
            "Linkerd knobs are Service and pod annotations (reference/circuit-breaking.md, cli/cmd/doc.go)."),
    DR_SERVICE_MISSING("istio-dr-service-missing", "DestinationRule host without Service manifest", NONE, ">=2.18", "D8",
            "Include the Service manifest in the inputs so that meshport can annotate it.",
            "Linkerd's failure accrual is configured on the Service, which the inputs do not contain."),

    // AuthorizationPolicy
    AP_FAIL_CLOSED("istio-authz-fail-closed", "authorization that Linkerd cannot express (DENY, CUSTOM, AUDIT, when, not*, JWT)", NONE, ">=2.18", "A2,A3,A4,A10,A13,A18",
            "Review the narrowed Linkerd policy: meshport denied what it could not prove Istio allowed. Move the logic "
                    + "the policy needs (JWT, external authorization) into the application or an ingress.",
            "Linkerd authorization is an allow-list per Server (Linkerd docs reference/authorization-policy.md): it has no "
                    + "DENY, CUSTOM, AUDIT action, no negative match, no request conditions and no JWT. meshport fails "
                    + "closed: it keeps only the allow rules it can prove Istio allowed, so no request is newly allowed."),
    AP_NO_WORKLOAD("istio-authz-no-workload", "authorization for workloads not in the inputs", NONE, ">=2.18", "A1",
            "Include the Deployments (or other pod templates) of the selected workloads so that meshport can make Servers for their ports.",
            "A Linkerd Server covers one port of the pods it selects (reference/authorization-policy.md); the ports come from pod specs."),
    AP_PATHS("istio-authz-paths", "authorization by path or method", PARTIAL, ">=2.18", "A16",
            "Requests that match no inbound route get 404 instead of 403; kubelet probes get a probe route.",
            "Linkerd authorizes per inbound HTTPRoute (tasks/configuring-per-route-policy.md); once a Server has routes, "
                    + "unmatched requests are refused with 404 and probes are no longer authorized by default."),
    AP_WHEN_HEADERS("istio-authz-when-headers", "authorization by request header", PARTIAL, ">=2.18", "A18",
            "Requests that match no inbound route get 404 instead of 403; check the header patterns.",
            "Request header conditions (request.headers[...]) become header matches of inbound HTTPRoutes "
                    + "(tasks/configuring-per-route-policy.md); other when keys have no equivalent."),
    AP_PRINCIPAL_WILDCARD("istio-authz-principal-wildcard", "principal pattern", PARTIAL, ">=2.18", "A7,A14",
            "Check the identities of the MeshTLSAuthentication.",
            "Linkerd identities allow only a leading '*' label (policy-controller cluster_info.rs, validation.rs)."),
    AP_DRY_RUN("istio-authz-dry-run", "dry-run authorization", PARTIAL, ">=2.18", "A5",
            "Linkerd audit mode logs every unauthorized request of a Server, not one policy's would-be decisions.",
            "Server.spec.accessPolicy: audit (features/server-policy.md)."),
    AP_TARGET_REFS("istio-authz-target-refs", "policy attached by targetRefs", NONE, ">=2.18", "A23",
            "Select the workload with a selector, then translate again.",
            "Gateway, GatewayClass and ServiceEntry targets have no Linkerd Server equivalent."),
    AP_ROOT_NAMESPACE("istio-authz-root-namespace", "mesh-wide authorization policy", PARTIAL, ">=2.18", "A21",
            "Set proxy.defaultInboundPolicy at install time.",
            "Linkerd's mesh-wide default is an install value, not a resource (reference/authorization-policy.md)."),
    AP_DEFAULT_DENY("istio-authz-default-deny", "deny-by-default for a namespace", PARTIAL, ">=2.18", "A19",
            "Restart the pods after applying: config.linkerd.io/default-inbound-policy is read at pod creation.",
            "features/server-policy.md \"Default policies\"."),

    // PeerAuthentication / RequestAuthentication
    PA_STRICT("istio-peer-authn-strict", "mTLS STRICT", PARTIAL, ">=2.18", "P1,P4",
            "Restart the pods after applying: default-inbound-policy is read at pod creation; a Server with its own "
                    + "accessPolicy overrides it for its port.",
            "Linkerd expresses STRICT as default-inbound-policy all-authenticated (features/server-policy.md)."),
    PA_DISABLE("istio-peer-authn-disable", "mTLS DISABLE", NONE, ">=2.18", "P3",
            "Skip the port with config.linkerd.io/skip-inbound-ports if plaintext is required (the proxy is bypassed).",
            "Meshed traffic is always mTLS in Linkerd (features/automatic-mtls.md)."),
    PA_ROOT_NAMESPACE("istio-peer-authn-root-namespace", "mesh-wide PeerAuthentication", PARTIAL, ">=2.18", "P5",
            "Set proxy.defaultInboundPolicy at install time.",
            "Linkerd's mesh-wide default is an install value (reference/authorization-policy.md)."),
    REQUEST_AUTHENTICATION("istio-request-authn", "JWT request authentication", NONE, ">=2.18", "R1",
            "Validate JWTs in the application or at the ingress (linkerd2#3704).",
            "Linkerd has no JWT validation."),

    // Injection and proxy settings
    INJECTION_REVISION("istio-injection-revision", "revision or ambient data plane selection", NONE, ">=2.18", "K3,K4",
            "Nothing to translate: Linkerd has one sidecar data plane per control plane.",
            "istio.io/rev and istio.io/dataplane-mode have no Linkerd equivalent."),
    PROXY_SETTING("istio-proxy-setting", "sidecar setting without Linkerd equivalent", NONE, ">=2.18", "K9,K10,K13",
            "Check whether the workload still needs it; Linkerd captures all TCP traffic.",
            "See Linkerd's proxy configuration reference (reference/proxy-configuration.md)."),
    PROXY_SETTING_PARTIAL("istio-proxy-setting-partial", "sidecar setting with a different syntax", PARTIAL, ">=2.18", "K6,K8",
            "Check the translated value: log levels and subnet semantics differ.",
            "config.linkerd.io/proxy-log-level takes a tracing filter (warn,linkerd=info); skip-subnets bypasses the proxy."),
    APP_PROTOCOL("istio-service-app-protocol", "Service appProtocol that makes Linkerd treat the port as opaque", PARTIAL, ">=2.18", "K12",
            "Use appProtocol http, kubernetes.io/h2c or linkerd.io/opaque, or drop it to let Linkerd detect the protocol.",
            "Linkerd recognises appProtocol http, kubernetes.io/h2c and linkerd.io/opaque only; any other value makes "
                    + "the port opaque TCP, without L7 routes, retries or per-route authorization (features/protocol-detection.md)."),

    // Other kinds
    GATEWAY("istio-gateway", "Istio ingress Gateway", NONE, ">=2.18", "G1",
            "Translate the Gateway for a Gateway API ingress implementation (ingress2gateway) and mesh the ingress pods.",
            "Linkerd has no ingress (features/ingress.md)."),
    SERVICE_ENTRY("istio-service-entry", "ServiceEntry", PARTIAL, ">=2.18", "S1,S2,S3",
            "Declare the external network with an EgressNetwork (with CIDRs) and routes on it; custom resolution and "
                    + "endpoints have no equivalent.",
            "Linkerd egress is CIDR-based EgressNetwork (reference/egress-network.md), not a host registry."),
    SERVICE_ENTRY_STATIC("istio-service-entry-static", "ServiceEntry addresses, static endpoints", NONE, ">=2.18", "S3",
            "Give the external service a DNS name (or a Kubernetes Service without selector and an EndpointSlice).",
            "Linkerd clients resolve external hosts by DNS; it has no virtual IPs or static endpoints for them "
                    + "(istio service_entry.proto resolution STATIC, endpoints, addresses)."),
    SIDECAR_REGISTRY_ONLY("istio-sidecar-registry-only", "outbound traffic limited to registered hosts", PARTIAL, ">=2.18", "X2,S1",
            "Check the generated EgressNetwork: Linkerd denies by destination network and allows by hostname per route; "
                    + "hosts on plain TCP ports cannot be allowed by name.",
            "Linkerd expresses REGISTRY_ONLY as an EgressNetwork with trafficPolicy Deny and routes that allow the "
                    + "registered hosts (Linkerd docs reference/egress-network.md, tasks/managing-egress-traffic.md); "
                    + "EgressNetwork needs Linkerd 2.17 or later."),
    SIDECAR("istio-sidecar", "Sidecar resource", NONE, ">=2.18", "X1,X2,X3",
            "Nothing to do for egress host scoping (Linkerd discovers on demand); for REGISTRY_ONLY use an EgressNetwork with trafficPolicy Deny.",
            "Linkerd has no sidecar scoping resource (reference/egress-network.md)."),
    ENVOY_FILTER("istio-envoy-filter", "EnvoyFilter", NONE, ">=2.18", "E1",
            "Reimplement the behaviour in the application or at the ingress.",
            "Linkerd's proxy is not Envoy and takes no filter patches."),
    WASM_PLUGIN("istio-wasm-plugin", "WasmPlugin", NONE, ">=2.18", "W1",
            "Reimplement the behaviour in the application or at the ingress.",
            "Linkerd's proxy has no plugin mechanism."),
    TELEMETRY("istio-telemetry", "Telemetry", PARTIAL, ">=2.18", "T1,T2,T3",
            "Use config.linkerd.io/access-log for access logs and install-time tracing settings; metric overrides have no equivalent.",
            "features/access-logging.md; tracing is configured at install."),
    TELEMETRY_METRICS("istio-telemetry-metrics", "metric overrides", NONE, ">=2.18", "T3",
            "Drop or relabel the metrics in the Prometheus scrape configuration instead.",
            "Linkerd's proxy metrics are fixed; there is no per-workload override (istio telemetry.proto metrics)."),
    WORKLOAD_ENTRY("istio-workload-entry", "WorkloadEntry / WorkloadGroup / ProxyConfig", NONE, ">=2.18", "S2",
            "Mesh VMs with Linkerd ExternalWorkload (reference/external-workload.md).",
            "Field parity between WorkloadEntry and ExternalWorkload is not established.");

    private final String id;
    private final String feature;
    private final Equivalence equivalence;
    private final String versions;
    private final String featureRow;
    private final String suggestion;
    private final String docs;

    LinkerdGap(String id, String feature, Equivalence equivalence, String versions, String featureRow,
               String suggestion, String docs) {
        this.id = id;
        this.feature = feature;
        this.equivalence = equivalence;
        this.versions = versions.isEmpty() ? ">=2.18" : versions;
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

    @Override
    public String versions() {
        return versions;
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
}
