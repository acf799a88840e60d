using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Engine.Prompts;
using FusionStudio.Web.Library;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Library.Prompts;

/// <summary>
/// The template form: name, kind, texts, with the validator's problems under each text and a live preview that
/// follows the typing (debounced). It raises <see cref="OnSubmit"/> once the texts pass; the page saves.
/// </summary>
public partial class PromptTextEditor
{
    private MudForm? _form;
    private PromptTemplateValidation _validation = new([]);
    private IReadOnlyList<PromptMessage> _preview = [];

    [Parameter, EditorRequired]
    public PromptTemplateInput Input { get; set; } = default!;

    /// <summary>A new template: the kind can still be chosen, and there is no change note.</summary>
    [Parameter]
    public bool IsNew { get; set; }

    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public ServerFieldErrors ServerErrors { get; set; } = new();

    [Parameter]
    public EventCallback OnSubmit { get; set; }

    private IReadOnlyList<string> SystemProblems => _validation.MessagesFor(PromptTemplateField.System);

    private IReadOnlyList<string> UserProblems => _validation.MessagesFor(PromptTemplateField.User);

    protected override void OnParametersSet() => Refresh();

    private void ChangeSystemText(string? text)
    {
        Input.SystemText = text ?? "";
        Refresh();
    }

    private void ChangeUserText(string? text)
    {
        Input.UserText = text ?? "";
        Refresh();
    }

    private void ChangeKind(PromptTemplateKind kind)
    {
        // Untouched default texts follow the kind; texts someone wrote stay.
        var previous = DefaultPromptTemplates.All.First(t => t.Kind == Input.Kind);
        if (Input.SystemText == previous.SystemText && Input.UserText == previous.UserText)
        {
            var next = DefaultPromptTemplates.All.First(t => t.Kind == kind);
            Input.SystemText = next.SystemText;
            Input.UserText = next.UserText;
        }

        Input.Kind = kind;
        Refresh();
    }

    private void Refresh()
    {
        _validation = PromptTemplateValidator.Validate(Input.Kind, Input.SystemText, Input.UserText);
        _preview = PromptPreview.Render(Input.Kind, Input.SystemText, Input.UserText);
    }

    private async Task SubmitAsync()
    {
        ServerErrors.Clear();
        await _form!.ValidateAsync();
        Refresh();
        if (string.IsNullOrWhiteSpace(Input.UserText))
        {
            ServerErrors.SetFormError("Write the user text: it is the message the model answers.");
            return;
        }

        if (_form.IsValid && _validation.IsValid)
        {
            await OnSubmit.InvokeAsync();
        }
    }

    /// <summary>Shows the server's errors, e.g. a name already taken, after <see cref="OnSubmit"/>.</summary>
    public Task ShowServerErrorsAsync() => _form?.ValidateAsync() ?? Task.CompletedTask;
}
