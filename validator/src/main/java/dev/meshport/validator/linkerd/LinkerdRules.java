package dev.meshport.validator.linkerd;

import dev.meshport.validator.Rule;
import dev.meshport.validator.linkerd.controller.AuthorizationRouteNotInbound;
import dev.meshport.validator.linkerd.controller.BackendKind;
import dev.meshport.validator.linkerd.controller.BackendRequestTimeout;
import dev.meshport.validator.linkerd.controller.HeadlessParent;
import dev.meshport.validator.linkerd.controller.IgnoredGatewayField;
import dev.meshport.validator.linkerd.controller.InvalidAnnotation;
import dev.meshport.validator.linkerd.controller.MissingReference;
import dev.meshport.validator.linkerd.controller.ParentRefDefault;
import dev.meshport.validator.linkerd.controller.RateLimitConflict;
import dev.meshport.validator.linkerd.controller.RouteKindConflict;
import dev.meshport.validator.linkerd.controller.ServerPortOverlap;
import dev.meshport.validator.linkerd.controller.ServiceNotFound;
import dev.meshport.validator.linkerd.controller.UnsupportedFilter;
import dev.meshport.validator.linkerd.deprecation.DeprecatedKind;
import dev.meshport.validator.linkerd.schema.FieldNotServed;
import dev.meshport.validator.linkerd.schema.InvalidEnumValue;
import dev.meshport.validator.linkerd.schema.InvalidFormat;
import dev.meshport.validator.linkerd.schema.MissingRequiredField;
import dev.meshport.validator.linkerd.schema.OneOfFields;
import dev.meshport.validator.linkerd.traps.AppProtocolOpaque;
import dev.meshport.validator.linkerd.traps.ConfigAsLabel;
import dev.meshport.validator.linkerd.traps.OpaquePortsMismatch;
import dev.meshport.validator.linkerd.traps.ProbesUnrouted;
import dev.meshport.validator.linkerd.traps.ServerPortNotFound;
import dev.meshport.validator.linkerd.traps.ServiceProfileOverrides;
import dev.meshport.validator.linkerd.webhook.AuthorizationPolicyAuthentications;
import dev.meshport.validator.linkerd.webhook.AuthorizationPolicyTarget;
import dev.meshport.validator.linkerd.webhook.BackendServicePort;
import dev.meshport.validator.linkerd.webhook.EgressParentPort;
import dev.meshport.validator.linkerd.webhook.GrpcMethodRegex;
import dev.meshport.validator.linkerd.webhook.InvalidNetwork;
import dev.meshport.validator.linkerd.webhook.MeshTlsIdentity;
import dev.meshport.validator.linkerd.webhook.RateLimitPolicy;
import dev.meshport.validator.linkerd.webhook.RouteFilter;
import dev.meshport.validator.linkerd.webhook.RouteMatch;
import dev.meshport.validator.linkerd.webhook.RouteTimeouts;
import dev.meshport.validator.linkerd.webhook.ServerAuthorizationClient;
import dev.meshport.validator.linkerd.webhook.ServiceProfileInvalid;
import dev.meshport.validator.linkerd.webhook.SingleRule;
import java.util.List;

/** The Linkerd rules. Add each new rule here. */
public final class LinkerdRules {

    private LinkerdRules() {}

    public static List<Rule> all() {
        return List.of(
                // Schema: what the CRDs enforce and the typed model does not.
                new MissingRequiredField(), new OneOfFields(), new InvalidEnumValue(), new InvalidFormat(),
                new FieldNotServed(),
                // What the policy admission webhook and the ServiceProfile validator reject.
                new ServerAuthorizationClient(), new InvalidNetwork(), new AuthorizationPolicyTarget(),
                new AuthorizationPolicyAuthentications(), new MeshTlsIdentity(), new RouteMatch(), new RouteFilter(),
                new RouteTimeouts(), new EgressParentPort(), new BackendServicePort(), new GrpcMethodRegex(),
                new SingleRule(), new RateLimitPolicy(), new ServiceProfileInvalid(),
                // What the controller admits and then drops silently.
                new MissingReference(), new UnsupportedFilter(), new ParentRefDefault(), new RateLimitConflict(),
                new InvalidAnnotation(), new BackendRequestTimeout(), new BackendKind(), new ServiceNotFound(), new HeadlessParent(),
                new IgnoredGatewayField(), new RouteKindConflict(), new AuthorizationRouteNotInbound(), new ServerPortOverlap(),
                // Behaviour that surprises.
                new ServiceProfileOverrides(), new AppProtocolOpaque(), new ProbesUnrouted(), new ConfigAsLabel(),
                new OpaquePortsMismatch(), new ServerPortNotFound(),
                // Deprecations.
                new DeprecatedKind());
    }
}
