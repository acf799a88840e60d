using Microsoft.AspNetCore.Http.HttpResults;

namespace FusionStudio.Web.Api;

/// <summary>The API's RFC 7807 answers, worded for the person reading a script's output.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no {what}.");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors, string detail = "The request has errors; see errors.") =>
        TypedResults.ValidationProblem(errors, detail: detail, title: "The request is not valid");
}
