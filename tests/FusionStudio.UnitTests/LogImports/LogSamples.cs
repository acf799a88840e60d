namespace FusionStudio.UnitTests.LogImports;

/// <summary>
/// The same small log written as JSON Lines and as CSV: three models, three queries (one grouped by a numeric id,
/// one by its text, one a chat), one model answering a query twice, one pair missing.
/// </summary>
public static class LogSamples
{
    public const string Jsonl = """
        {"query_id": 7, "query": "Why is the sky blue?", "model": "model-a", "response": "Rayleigh scattering.", "score": 8.5, "cost": 0.0004, "input_tokens": 12, "output_tokens": 90, "latency_ms": 840.5, "language": "en", "task": "science"}
        {"query_id": 7, "query": "Why is the sky blue?", "model": "model-b", "response": "Short wavelengths scatter more.", "score": -1, "cost": 0.0002, "input_tokens": 12, "output_tokens": 40, "latency_ms": 300}

        {"query": "Wie spät ist es?", "model": "model-a", "response": "Ich weiß es nicht.", "language": "de", "task": "chat"}
        {"query": "Wie spät ist es?", "model": "model-c", "response": "Keine Ahnung.", "language": "de"}
        {"query": "Wie spät ist es?", "model": "model-c", "response": "Schau auf die Uhr.", "language": "de"}
        {"messages": [{"role": "system", "content": "Answer briefly."}, {"role": "user", "content": "2+2?"}], "model": "model-b", "response": "4", "language": "en", "task": "math"}
        """;

    public const string Csv = """
        query_id,query,messages,model,response,score,cost,input_tokens,output_tokens,latency_ms,language,task
        7,Why is the sky blue?,,model-a,Rayleigh scattering.,8.5,0.0004,12,90,840.5,en,science
        7,Why is the sky blue?,,model-b,Short wavelengths scatter more.,-1,0.0002,12,40,300,,

        ,Wie spät ist es?,,model-a,Ich weiß es nicht.,,,,,,de,chat
        ,Wie spät ist es?,,model-c,Keine Ahnung.,,,,,,de,
        ,Wie spät ist es?,,model-c,"Schau auf
        die Uhr.",,,,,,de,
        ,,"[{""role"": ""system"", ""content"": ""Answer briefly.""}, {""role"": ""user"", ""content"": ""2+2?""}]",model-b,4,,,,,,en,math
        """;
}
