"""What a durable run's steps do, whichever backend records them (DBOS, Temporal): the step bodies with all their
I/O, the session each runs in, and the plan each executes from."""
