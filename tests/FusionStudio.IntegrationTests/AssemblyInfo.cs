// Each integration test class starts real hosts, job servers and model servers. On a small machine, running them
// side by side only makes each slower, and under that load a batch job was once left unpicked for minutes; one after
// another, the whole project takes about a minute.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
