	.file	"rt.c"
	.machine "440"
	.section	".text"
	.align 2
	.globl memcpy
	.type	memcpy, @function
memcpy:
.LFB0:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	lwz 9,24(31)
	stw 9,8(31)
	lwz 9,28(31)
	stw 9,12(31)
	b .L2
.L3:
	lwz 10,12(31)
	addi 9,10,1
	stw 9,12(31)
	lwz 9,8(31)
	addi 8,9,1
	stw 8,8(31)
	lbz 10,0(10)
	stb 10,0(9)
.L2:
	lwz 9,32(31)
	addi 10,9,-1
	stw 10,32(31)
	cmpwi 0,9,0
	bne 0,.L3
	lwz 9,24(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	memcpy,.-memcpy
	.align 2
	.globl memset
	.type	memset, @function
memset:
.LFB1:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	lwz 9,24(31)
	stw 9,8(31)
	b .L6
.L7:
	lwz 9,8(31)
	addi 10,9,1
	stw 10,8(31)
	lwz 10,28(31)
	stb 10,0(9)
.L6:
	lwz 9,32(31)
	addi 10,9,-1
	stw 10,32(31)
	cmpwi 0,9,0
	bne 0,.L7
	lwz 9,24(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	memset,.-memset
	.align 2
	.globl memmove
	.type	memmove, @function
memmove:
.LFB2:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	lwz 9,24(31)
	stw 9,8(31)
	lwz 9,28(31)
	stw 9,12(31)
	lwz 10,8(31)
	lwz 9,12(31)
	cmplw 0,10,9
	bge 0,.L14
	b .L11
.L12:
	lwz 10,12(31)
	addi 9,10,1
	stw 9,12(31)
	lwz 9,8(31)
	addi 8,9,1
	stw 8,8(31)
	lbz 10,0(10)
	stb 10,0(9)
.L11:
	lwz 9,32(31)
	addi 10,9,-1
	stw 10,32(31)
	cmpwi 0,9,0
	bne 0,.L12
	b .L13
.L15:
	lwz 10,12(31)
	lwz 9,32(31)
	add 10,10,9
	lwz 8,8(31)
	lwz 9,32(31)
	add 9,8,9
	lbz 10,0(10)
	stb 10,0(9)
.L14:
	lwz 9,32(31)
	addi 10,9,-1
	stw 10,32(31)
	cmpwi 0,9,0
	bne 0,.L15
.L13:
	lwz 9,24(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	memmove,.-memmove
	.align 2
	.globl memcmp
	.type	memcmp, @function
memcmp:
.LFB3:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	lwz 9,24(31)
	stw 9,8(31)
	lwz 9,28(31)
	stw 9,12(31)
	b .L18
.L21:
	lwz 9,8(31)
	lbz 10,0(9)
	lwz 9,12(31)
	lbz 9,0(9)
	rlwinm 10,10,0,0xff
	rlwinm 9,9,0,0xff
	cmpw 0,10,9
	beq 0,.L19
	lwz 9,8(31)
	lbz 9,0(9)
	rlwinm 10,9,0,0xff
	lwz 9,12(31)
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	subf 9,9,10
	b .L20
.L19:
	lwz 9,32(31)
	addi 9,9,-1
	stw 9,32(31)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L18:
	lwz 9,32(31)
	cmpwi 0,9,0
	bne 0,.L21
	li 9,0
.L20:
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	memcmp,.-memcmp
	.align 2
	.globl strlen
	.type	strlen, @function
strlen:
.LFB4:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	stw 31,44(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	li 9,0
	stw 9,8(31)
	b .L23
.L24:
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L23:
	lwz 10,24(31)
	lwz 9,8(31)
	add 9,10,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L24
	lwz 9,8(31)
	mr 3,9
	addi 11,31,48
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	strlen,.-strlen
	.align 2
	.globl put_str
	.type	put_str, @function
put_str:
.LFB5:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 3,8(31)
	bl strlen
	mr 9,3
	mr 5,9
	lwz 4,8(31)
	li 3,1
	bl sys_write
	nop
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	put_str,.-put_str
	.align 2
	.globl put_char
	.type	put_char, @function
put_char:
.LFB6:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	mr 9,3
	stb 9,8(31)
	li 5,1
	addi 9,31,8
	mr 4,9
	li 3,1
	bl sys_write
	nop
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE6:
	.size	put_char,.-put_char
	.globl __umoddi3
	.globl __udivdi3
	.align 2
	.globl put_uint
	.type	put_uint, @function
put_uint:
.LFB7:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stw 0,68(1)
	stw 31,60(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,40(31)
	stw 4,44(31)
	li 9,24
	stw 9,8(31)
.L29:
	lwz 10,40(31)
	lwz 11,44(31)
	li 5,0
	li 6,10
	mr 3,10
	mr 4,11
	bl __umoddi3
	mr 11,4
	mr 10,3
	mr 10,11
	lwz 9,8(31)
	addi 9,9,-1
	stw 9,8(31)
	addi 9,10,48
	mr 8,9
	addi 10,31,12
	lwz 9,8(31)
	add 9,10,9
	stb 8,0(9)
	lwz 10,40(31)
	lwz 11,44(31)
	li 5,0
	li 6,10
	mr 3,10
	mr 4,11
	bl __udivdi3
	mr 11,4
	mr 10,3
	stw 10,40(31)
	stw 11,44(31)
	lwz 9,40(31)
	lwz 10,44(31)
	or 9,9,10
	cmpwi 0,9,0
	bne 0,.L29
	lwz 9,8(31)
	addi 10,31,12
	add 10,10,9
	lwz 9,8(31)
	subfic 9,9,24
	mr 5,9
	mr 4,10
	li 3,1
	bl sys_write
	nop
	addi 11,31,64
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE7:
	.size	put_uint,.-put_uint
	.align 2
	.globl put_int
	.type	put_int, @function
put_int:
.LFB8:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 28,16(1)
	stw 29,20(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	stw 4,12(31)
	lwz 9,8(31)
	cmpwi 0,9,0
	bge 0,.L31
	li 3,45
	bl put_char
	lwz 10,8(31)
	lwz 11,12(31)
	subfic 29,11,0
	subfze 28,10
	mr 3,28
	mr 4,29
	bl put_uint
	b .L34
.L31:
	lwz 10,8(31)
	lwz 11,12(31)
	mr 3,10
	mr 4,11
	bl put_uint
.L34:
	nop
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 29
	.cfi_restore 28
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE8:
	.size	put_int,.-put_int
	.align 2
	.globl put_hex
	.type	put_hex, @function
put_hex:
.LFB9:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	lis 9,0x3078
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	li 9,0
	sth 9,20(31)
	li 9,0
	stw 9,8(31)
	b .L36
.L37:
	lwz 9,8(31)
	subfic 9,9,7
	slwi 9,9,2
	lwz 10,24(31)
	srw 9,10,9
	rlwinm 10,9,0,28,31
	lwz 9,8(31)
	addi 9,9,2
	lis 8,digits.0@ha
	la 8,digits.0@l(8)
	lbzx 10,8,10
	addi 8,31,8
	add 9,8,9
	stb 10,4(9)
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L36:
	lwz 9,8(31)
	cmpwi 0,9,7
	ble 0,.L37
	addi 9,31,12
	li 5,10
	mr 4,9
	li 3,1
	bl sys_write
	nop
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE9:
	.size	put_hex,.-put_hex
	.section	.rodata
	.align 2
	.type	digits.0, @object
	.size	digits.0, 17
digits.0:
	.string	"0123456789abcdef"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
