# Data directives; a value too big for its size is truncated with a warning, as GNU as does.
	.data
	.byte 1, -1, 255	# = 01ffff
	.byte 300              # warning: value 300 truncated to 1 byte	# = 2c
	.short -32768, 65535	# = 8000ffff
	.long 0xdeadbeef, -1	# = deadbeef ffffffff
	.quad 0x0123456789abcdef	# = 01234567 89abcdef
	.ascii "ab"	# = 6162
	.asciz "c"	# = 6300
	.string "\x41\102"	# = 414200
	.align 2	# = 00
	.float 1.0	# = 3f800000
	.double -2.0	# = c0000000 00000000
	.fill 2, 2, 0xabcd	# = abcdabcd
	.space 3, 0x55	# = 555555
	.balign 8, 0	# = 00000000 00
	.long 1 + 2 * 3, 1 << 4 | 1, -7 / 2, -7 % 2, 3 == 1 + 2, 2 > 1 && 0	# = 00000007 00000011 fffffffd ffffffff ffffffff 00000000
	.uleb128 300	# = ac02
	.sleb128 -2	# = 7e

