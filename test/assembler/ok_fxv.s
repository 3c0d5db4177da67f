# The FXV vector unit: registers v0..v31, condition as a trailing operand (0..3, gt, lt, eq) or
# as a suffix (.gt .lt .eq).
	.text
	fxvaddbm v1, v2, v3	# = 10221f34
	fxvaddbm v1, v2, v3, 0	# = 10221f34
	fxvaddbm v1, v2, v3, gt	# = 10221f35
	fxvaddbm.lt v1, v2, v3	# = 10221f36
	fxvaddbm v1, v2, v3, eq	# = 10221f37
	fxvsel 1, 2, 3, 3	# = 10221cff
	fxvsubhfs v31, v0, v31	# = 13e0fd70
	fxvmatachm v4, v5	# = 100428b0
	fxvmtach v6	# = 1006003c
	fxvcmpb v7, gt	# = 100704b5
	fxvsplath v8, r9	# = 11090430
	fxvshb v1, v2, -3	# = 1022ecf4
	fxvshh v1, v2, 15	# = 10227cf0
	fxvlax v1, r3, r4	# = 102327b0
	fxvstax v2, 0, r4	# = 104027f0
	fxvinx v3, r5, r6, eq	# = 106533b3
	fxvoutx.gt v4, r5, r6	# = 108533f1
	fxvpckbu v1, v2, v3	# = 10221bbc
	fxvupckbl v1, v2, v3	# = 10221c7c
	wait	# = 7c00007c

