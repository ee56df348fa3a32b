[assembly: Xunit.TestCollectionOrderer("StatiqGuides.Tests.Testing.Scheduling.LongestFirst", "StatiqGuides.Tests")]
