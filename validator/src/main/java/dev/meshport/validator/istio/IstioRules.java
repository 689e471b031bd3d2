package dev.meshport.validator.istio;

import dev.meshport.validator.Rule;
import dev.meshport.validator.istio.ambient.AmbientL7WithoutWaypoint;
import dev.meshport.validator.istio.ambient.AmbientPolicyUsesSelector;
import dev.meshport.validator.istio.destinationrule.DrDisableConflictsWithStrict;
import dev.meshport.validator.istio.destinationrule.DrHostNotFound;
import dev.meshport.validator.istio.destinationrule.DrInvalidTrafficPolicy;
import dev.meshport.validator.istio.destinationrule.DrMtlsWithoutPeerAuthentication;
import dev.meshport.validator.istio.destinationrule.DrMultipleForHost;
import dev.meshport.validator.istio.destinationrule.DrSubsetSelectsNoPods;
import dev.meshport.validator.istio.destinationrule.DrSubsetWithoutLabels;
import dev.meshport.validator.istio.destinationrule.DrTlsOverridden;
import dev.meshport.validator.istio.destinationrule.DrTlsWithoutCaCertificates;
import dev.meshport.validator.istio.destinationrule.InvalidSubsetName;
import dev.meshport.validator.istio.gateway.GatewayConflict;
import dev.meshport.validator.istio.gateway.GatewayDuplicateCertificate;
import dev.meshport.validator.istio.gateway.GatewayInvalidServer;
import dev.meshport.validator.istio.gateway.GatewayPortNotOnService;
import dev.meshport.validator.istio.gateway.GatewaySelectorNotFound;
import dev.meshport.validator.istio.schema.InvalidDuration;
import dev.meshport.validator.istio.serviceentry.SeAddressesRequired;
import dev.meshport.validator.istio.serviceentry.SeConflictingProtocol;
import dev.meshport.validator.istio.serviceentry.SeDuplicateHostPort;
import dev.meshport.validator.istio.serviceentry.SeInvalid;
import dev.meshport.validator.istio.sidecar.ConflictingWorkloadSelectors;
import dev.meshport.validator.istio.sidecar.NamespaceWidePolicyConflict;
import dev.meshport.validator.istio.sidecar.SidecarEgressHostNotFound;
import dev.meshport.validator.istio.sidecar.SidecarInAmbientNamespace;
import dev.meshport.validator.istio.sidecar.SidecarInvalid;
import dev.meshport.validator.istio.sidecar.SidecarOutboundModeUnset;
import dev.meshport.validator.istio.sidecar.SidecarRootSelector;
import dev.meshport.validator.istio.security.ApActionMismatch;
import dev.meshport.validator.istio.security.ApEmptyRulePart;
import dev.meshport.validator.istio.security.ApHostNotFound;
import dev.meshport.validator.istio.security.ApIdentityWithoutMtls;
import dev.meshport.validator.istio.security.ApInvalidCondition;
import dev.meshport.validator.istio.security.ApPrincipalFormat;
import dev.meshport.validator.istio.security.ApNamespaceNotFound;
import dev.meshport.validator.istio.security.ApNoMatchingWorkload;
import dev.meshport.validator.istio.security.ApPrincipalNotFound;
import dev.meshport.validator.istio.security.ApUnknownMethod;
import dev.meshport.validator.istio.security.IneffectiveGatewaySelector;
import dev.meshport.validator.istio.security.PaPortLevelMtls;
import dev.meshport.validator.istio.security.PolicyInvalidTarget;
import dev.meshport.validator.istio.security.RaInvalidJwtRule;
import dev.meshport.validator.istio.schema.MissingRequiredField;
import dev.meshport.validator.istio.virtualservice.VsConflictingMeshHosts;
import dev.meshport.validator.istio.virtualservice.VsDestinationHostNotFound;
import dev.meshport.validator.istio.virtualservice.VsDestinationPortNotFound;
import dev.meshport.validator.istio.virtualservice.VsDestinationPortRequired;
import dev.meshport.validator.istio.virtualservice.VsGatewayNotFound;
import dev.meshport.validator.istio.virtualservice.VsHostNotInGateway;
import dev.meshport.validator.istio.virtualservice.VsIneffectiveMatch;
import dev.meshport.validator.istio.virtualservice.VsIngressRulesNotAffected;
import dev.meshport.validator.istio.virtualservice.VsInternalGateway;
import dev.meshport.validator.istio.virtualservice.VsInvalidHosts;
import dev.meshport.validator.istio.virtualservice.VsInvalidHttpRoute;
import dev.meshport.validator.istio.virtualservice.VsInvalidRedirect;
import dev.meshport.validator.istio.virtualservice.VsInvalidRetries;
import dev.meshport.validator.istio.virtualservice.VsInvalidTlsRoute;
import dev.meshport.validator.istio.virtualservice.VsInvalidWeight;
import dev.meshport.validator.istio.virtualservice.VsJwtClaimRouteWithoutGateway;
import dev.meshport.validator.istio.virtualservice.VsJwtClaimRouteWithoutRequestAuthentication;
import dev.meshport.validator.istio.virtualservice.VsLegacyGatewayName;
import dev.meshport.validator.istio.virtualservice.VsRepeatedSubset;
import dev.meshport.validator.istio.virtualservice.VsRouteActionConflict;
import dev.meshport.validator.istio.virtualservice.VsSingleWeight;
import dev.meshport.validator.istio.virtualservice.VsSubsetNotFound;
import dev.meshport.validator.istio.virtualservice.VsUnreachableRule;
import dev.meshport.validator.istio.workload.ExternalNameServicePort;
import dev.meshport.validator.istio.workload.JwksFetchUnrestricted;
import dev.meshport.validator.istio.workload.NamespaceInjectionLabels;
import dev.meshport.validator.istio.workload.ReservedProxyUid;
import dev.meshport.validator.istio.workload.ServicePortNameConvention;
import dev.meshport.validator.istio.workload.WorkloadServicePortConflict;
import java.util.List;

/** The Istio rules. Add each new rule here. */
public final class IstioRules {

    private IstioRules() {}

    public static List<Rule> all() {
        return List.of(
                // schema facts the model lacks, for every Istio kind
                new InvalidDuration(), new MissingRequiredField(), new PercentageOutOfRange(), new InvalidSubsetName(),
                // VirtualService: admission
                new VsInvalidHosts(), new VsInvalidRedirect(), new VsInvalidRetries(), new VsInvalidWeight(),
                new VsInvalidHttpRoute(), new VsInvalidTlsRoute(), new VsJwtClaimRouteWithoutGateway(),
                new VsRouteActionConflict(),
                // VirtualService: analyzers
                new VsConflictingMeshHosts(), new VsDestinationHostNotFound(), new VsDestinationPortRequired(),
                new VsDestinationPortNotFound(),
                new VsGatewayNotFound(), new VsHostNotInGateway(), new VsIneffectiveMatch(),
                new VsIngressRulesNotAffected(), new VsInternalGateway(), new VsRepeatedSubset(), new VsSingleWeight(),
                new VsSubsetNotFound(), new VsUnreachableRule(), new VsLegacyGatewayName(),
                new VsJwtClaimRouteWithoutRequestAuthentication(),
                // DestinationRule
                new DrDisableConflictsWithStrict(), new DrHostNotFound(), new DrInvalidTrafficPolicy(),
                new DrMtlsWithoutPeerAuthentication(), new DrMultipleForHost(), new DrSubsetSelectsNoPods(),
                new DrSubsetWithoutLabels(), new DrTlsOverridden(), new DrTlsWithoutCaCertificates(),
                // Gateway
                new GatewayConflict(), new GatewayDuplicateCertificate(), new GatewayInvalidServer(),
                new GatewayPortNotOnService(), new GatewaySelectorNotFound(),
                // security
                new ApActionMismatch(), new ApEmptyRulePart(), new ApInvalidCondition(), new ApPrincipalFormat(),
                new ApUnknownMethod(), new PaPortLevelMtls(), new PolicyInvalidTarget(), new RaInvalidJwtRule(),
                new ApNamespaceNotFound(), new ApNoMatchingWorkload(), new ApPrincipalNotFound(), new ApHostNotFound(),
                new ApIdentityWithoutMtls(), new IneffectiveGatewaySelector(),
                // ServiceEntry
                new SeAddressesRequired(), new SeConflictingProtocol(), new SeDuplicateHostPort(), new SeInvalid(),
                // Sidecar and selectors
                new ConflictingWorkloadSelectors(), new NamespaceWidePolicyConflict(), new SidecarInvalid(),
                new SidecarRootSelector(), new SidecarEgressHostNotFound(), new SidecarInAmbientNamespace(),
                new SidecarOutboundModeUnset(),
                // other kinds and cross-kind facts
                new DeprecatedField(), new EnvoyFilterIneffectiveOperation(), new EnvoyFilterInvalid(),
                new EnvoyFilterRelativeOperation(), new TelemetryInvalid(),
                new InvalidExportTo(), new ExportToNamespaceNotFound(), new InvalidSelectorLabels(),
                new PortNameConvention(), new WasmPluginInvalid(),
                // ambient mode
                new AmbientL7WithoutWaypoint(), new AmbientPolicyUsesSelector(),
                // Kubernetes resources as Istio's analyzers read them
                new ExternalNameServicePort(), new JwksFetchUnrestricted(), new NamespaceInjectionLabels(), new ReservedProxyUid(),
                new ServicePortNameConvention(), new WorkloadServicePortConflict());
    }
}
