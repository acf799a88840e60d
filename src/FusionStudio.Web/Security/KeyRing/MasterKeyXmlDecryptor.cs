using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace FusionStudio.Web.Security.KeyRing;

/// <summary>
/// Decrypts what <see cref="MasterKeyXmlEncryptor"/> wrote. Data Protection creates it by type name with the
/// application's services; without the master key the entry named stays unreadable, and so does every provider key
/// it protects.
/// </summary>
internal sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var id = (string?)encryptedElement.Attribute("masterKeyId") ?? "";
        var key = services.GetService<MasterKeyRing>()?.Find(id)
            ?? throw new CryptographicException(
                $"The key ring entry is encrypted with master key {id}, which is not configured: set DataProtection:MasterKey (or list the old key in DataProtection:PreviousMasterKeys).");
        var nonce = Convert.FromBase64String((string)encryptedElement.Element("nonce")!);
        var tag = Convert.FromBase64String((string)encryptedElement.Element("tag")!);
        var cipher = Convert.FromBase64String((string)encryptedElement.Element("value")!);
        var plain = new byte[cipher.Length];
        using (var aes = new AesGcm(key.Key, MasterKeyXmlEncryptor.TagLength))
        {
            aes.Decrypt(nonce, cipher, tag, plain);
        }

        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plain));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }
}
