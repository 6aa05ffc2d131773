"""Spark engine (the [spark] extra): `linimasa spark` / `spark-submit linimasa/spark/job.py`.

Nothing here imports pyspark at import time; rows.py and merge.py are pure Python
and are also used to compare a Spark run with a local one.
"""
