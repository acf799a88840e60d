using FusionStudio.Data;
using FusionStudio.Domain.Prompts;
using FusionStudio.Engine.Prompts;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Demo;

/// <summary>Adds the default fusor and judge templates that are missing. Existing templates are never changed.</summary>
internal sealed class BuiltInPromptSeeder(FusionDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.PromptTemplates.Select(t => t.Name).ToListAsync(cancellationToken);
        foreach (var builtIn in DefaultPromptTemplates.All.Where(t => !existing.Contains(t.Name)))
        {
            var template = new PromptTemplate
            {
                Name = builtIn.Name,
                Kind = builtIn.Kind,
                Description = builtIn.Description,
                IsBuiltIn = true,
                CreatedAt = clock.GetUtcNow(),
            };
            template.AddVersion(builtIn.SystemText, builtIn.UserText, "Shipped with FusionStudio", author: null, clock.GetUtcNow());
            db.PromptTemplates.Add(template);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
