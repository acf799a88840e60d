namespace FusionStudio.Engine.Imports;

/// <summary>How a row holds its prompt.</summary>
public enum ImportShape
{
    /// <summary>One text field is the prompt (prompt, question, text, input…).</summary>
    Plain = 0,

    /// <summary>OpenAI chat: <c>messages</c> with role and content.</summary>
    OpenAiChat = 1,

    /// <summary>ShareGPT: <c>conversations</c> with from (human, gpt, system) and value.</summary>
    ShareGpt = 2,

    /// <summary>Alpaca: instruction and input make the prompt, output is the reference.</summary>
    Alpaca = 3,
}
