using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace FusionStudio.Web.Security.KeyRing;

/// <summary>
/// Encrypts each key-ring entry with the current master key (AES-256-GCM) before it is stored in the database. The
/// stored element names the master key by its id, so entries written under an earlier key stay readable while that
/// key is listed in <see cref="KeyRingOptions.PreviousMasterKeys"/>.
/// </summary>
internal sealed class MasterKeyXmlEncryptor(MasterKeyRing ring) : IXmlEncryptor
{
    public const int NonceLength = 12;
    public const int TagLength = 16;

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(NonceLength);
        var cipher = new byte[plain.Length];
        var tag = new byte[TagLength];
        using (var aes = new AesGcm(ring.Current.Key, TagLength))
        {
            aes.Encrypt(nonce, plain, cipher, tag);
        }

        CryptographicOperations.ZeroMemory(plain);
        var element = new XElement("encryptedKey",
            new XAttribute("masterKeyId", ring.Current.Id),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(cipher)));
        return new EncryptedXmlInfo(element, typeof(MasterKeyXmlDecryptor));
    }
}
