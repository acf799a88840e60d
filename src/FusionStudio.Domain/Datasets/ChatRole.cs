namespace FusionStudio.Domain.Datasets;

public enum ChatRole
{
    System = 0,
    User = 1,
    Assistant = 2,
}
