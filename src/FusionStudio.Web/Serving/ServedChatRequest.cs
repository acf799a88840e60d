using FusionStudio.Domain.Datasets;

namespace FusionStudio.Web.Serving;

/// <summary>What the endpoint reads of a chat completion request; sampling fields are the recipe's to decide and are ignored.</summary>
public sealed record ServedChatRequest(string Model, IReadOnlyList<PromptMessage> Messages, bool Stream, bool IncludeUsage, bool WantsDetails);
