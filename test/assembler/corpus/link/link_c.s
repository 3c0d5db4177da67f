	.text
	.long 0xcccccccc
	.data
	.byte 0xc1
	.align 3
	.quad 0x0102030405060708
