using Microsoft.Extensions.Options;

namespace FusionStudio.Engine.Gateway;

/// <summary>Checks <see cref="GatewayOptions"/>' data annotations (source-generated, so the engine needs no extra package).</summary>
[OptionsValidator]
internal sealed partial class GatewayOptionsValidator : IValidateOptions<GatewayOptions>;
