using System.Globalization;
using System.Security.Claims;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Review;
using FusionStudio.Web.Runs;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;

namespace FusionStudio.Web.Components.Pages.Runs.Review;

/// <summary>
/// Blind A/B review: two answers to one prompt, sides randomised per reviewer and the methods never named. Votes
/// come from the buttons or the keys 1–4; j and k move through the queue. The keys are caught by a small script on
/// the document, so they work wherever the focus is, except in a text field. A vote is stored for the pair of the
/// prompt on screen (the item carries it), never for whatever the pair selector holds at that moment.
/// </summary>
public sealed partial class ReviewPage : IAsyncDisposable
{
    // Keys, votes and pair changes are handled one at a time, in the order they came, so a vote never interleaves
    // with a pair change.
    private readonly SemaphoreSlim _keys = new(1, 1);
    private int? _loadedRunId;

    private ClaimsPrincipal _user = new();
    private string _reviewerId = "";
    private bool _canVote;
    private bool _missing;
    private ReviewRun? _run;
    private MethodPair? _pair;
    private ReviewProgress _progress = ReviewProgress.None;
    private ReviewItem? _item;
    private string? _comment;
    private DotNetObjectReference<ReviewPage>? _self;
    private IJSObjectReference? _shortcuts;

    [Parameter]
    public int RunId { get; set; }

    [Inject]
    private ReviewQueue Queue { get; set; } = default!;

    [Inject]
    private ReviewVoteCommand Votes { get; set; } = default!;

    [Inject]
    private EditorCheck Editors { get; set; } = default!;

    [Inject]
    private IJSRuntime Js { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _user = AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;
        _reviewerId = ReviewerIdentity.Of(_user) ?? "";
        _canVote = _reviewerId.Length > 0 && await Editors.AllowsAsync(_user);
        // Parameters are set again whenever the layout re-renders; only a different run resets the chosen pair.
        if (_loadedRunId == RunId)
        {
            return;
        }

        _loadedRunId = RunId;
        _run = await Queue.LoadRunAsync(RunId);
        _missing = _run is null;
        _pair = _run?.DefaultPair;
        await OpenQueueAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _self = DotNetObjectReference.Create(this);
            _shortcuts = await Js.InvokeAsync<IJSObjectReference?>("fusionReview.attach", _self);
        }
    }

    /// <summary>
    /// A key from the page's script, with the prompt and pair that were on screen when it was pressed. A vote whose
    /// prompt or pair is no longer shown (a press before the screen caught up) is dropped rather than cast unseen.
    /// </summary>
    [JSInvokable]
    public async Task OnShortcutAsync(string key, long shownPromptId, string shownPair)
    {
        await _keys.WaitAsync();
        try
        {
            switch (key)
            {
                case "j":
                    await NextAsync();
                    break;
                case "k":
                    await PreviousAsync();
                    break;
                case "1" or "2" or "3" or "4" when _item?.PromptId == shownPromptId && PairKey(_item.Pair) == shownPair:
                    await VoteAsync((ReviewChoice)(key[0] - '1'));
                    break;
                default:
                    return;
            }

            StateHasChanged();
        }
        finally
        {
            _keys.Release();
        }
    }

    /// <summary>
    /// How the page names a pair in its markup, for the script to send back with a key: its place in the run's list,
    /// so the markup around the answers names no method.
    /// </summary>
    private string PairKey(MethodPair pair)
    {
        var pairs = _run?.Pairs ?? [];
        for (var i = 0; i < pairs.Count; i++)
        {
            if (pairs[i] == pair)
            {
                return (i + 1).ToString(CultureInfo.InvariantCulture);
            }
        }

        return "";
    }

    private async Task ChangePairAsync(MethodPair? pair)
    {
        // A click on the pair already chosen may come back as no pair: the chosen one stays.
        if (pair is null || pair == _pair)
        {
            return;
        }

        await _keys.WaitAsync();
        try
        {
            _pair = pair;
            await OpenQueueAsync();
        }
        finally
        {
            _keys.Release();
        }
    }

    private async Task VoteClickedAsync(ReviewChoice choice)
    {
        await _keys.WaitAsync();
        try
        {
            await VoteAsync(choice);
        }
        finally
        {
            _keys.Release();
        }
    }

    private async Task OpenQueueAsync()
    {
        _item = null;
        _comment = null;
        _progress = ReviewProgress.None;
        if (_run is null || _pair is null)
        {
            return;
        }

        _progress = await Queue.ProgressAsync(_run, _pair, _reviewerId);
        await ShowAsync(await Queue.NextUnreviewedAsync(_run, _pair, _reviewerId, afterOrdinal: null));
    }

    private async Task ShowAsync(long? promptId)
    {
        _item = promptId is { } id && _run is not null && _pair is not null
            ? await Queue.LoadItemAsync(_run, _pair, id, _reviewerId)
            : null;
        _comment = _item?.MyComment;
    }

    private async Task VoteAsync(ReviewChoice choice)
    {
        if (!_canVote || _run is null || _item is not { } item)
        {
            return;
        }

        var result = await Votes.VoteAsync(new ReviewVote(RunId, item.PromptId, item.Pair, choice, _comment), _user);
        if (!result.Saved)
        {
            Snackbar.Add(result.Message, Severity.Warning);
            return;
        }

        _progress = await Queue.ProgressAsync(_run, item.Pair, _reviewerId);
        await ShowAsync(await Queue.NextUnreviewedAsync(_run, item.Pair, _reviewerId, item.Ordinal));
    }

    private async Task NextAsync()
    {
        if (_run is null || _pair is null || _item is null)
        {
            return;
        }

        if (await Queue.NextAsync(_run, _pair, _item.Ordinal) is { } next)
        {
            await ShowAsync(next);
        }
        else if (_progress.Done)
        {
            // Past the last prompt of a finished queue: back to the completion screen.
            await ShowAsync(null);
        }
    }

    private async Task PreviousAsync()
    {
        if (_run is null || _pair is null)
        {
            return;
        }

        if (await Queue.PreviousAsync(_run, _pair, _item?.Ordinal) is { } previous)
        {
            await ShowAsync(previous);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_shortcuts is not null)
        {
            try
            {
                await _shortcuts.InvokeVoidAsync("detach");
                await _shortcuts.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The browser is gone, and its listener with it.
            }
        }

        _self?.Dispose();
        _keys.Dispose();
    }
}
