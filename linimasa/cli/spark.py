"""`linimasa spark`: run the pipeline on Spark (local cores or a cluster) and write Parquet."""
from __future__ import annotations


def add_parser(sub) -> None:
    from ..spark.job import add_arguments, run_from_args

    p = sub.add_parser("spark", help="annotate articles with Spark; write Parquet tables",
                       description="Run the same per-article pipeline on Apache Spark over local files, "
                                   "HDFS or S3 (e.g. Common Crawl News WARC files) and write Parquet "
                                   "tables articles/, events/, quotes/, failures/ (see docs/scaling.md).")
    add_arguments(p)
    p.set_defaults(func=run_from_args)
