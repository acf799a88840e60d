using System.ComponentModel.DataAnnotations;
using FusionStudio.Data.Identity;

namespace FusionStudio.Web.Admin;

/// <summary>The form that adds a person: their email, name, first password and role.</summary>
public sealed class NewUserInput
{
    [Required(ErrorMessage = "Enter an email.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string Email { get; set; } = "";

    [StringLength(100)]
    public string? DisplayName { get; set; }

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "The password needs at least 10 characters.")]
    public string Password { get; set; } = "";

    [Required]
    public string Role { get; set; } = AppRoles.Member;
}
