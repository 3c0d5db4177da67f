	.file	"shortchar.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	wrap_add, @function
wrap_add:
.LFB1:
	.cfi_startproc
	add 3,3,4
	extsh 3,3
	blr
	.cfi_endproc
.LFE1:
	.size	wrap_add,.-wrap_add
	.align 2
	.type	wrap_mul, @function
wrap_mul:
.LFB2:
	.cfi_startproc
	mullw 3,3,4
	extsb 3,3
	blr
	.cfi_endproc
.LFE2:
	.size	wrap_mul,.-wrap_mul
	.align 2
	.type	avg_u8, @function
avg_u8:
.LFB3:
	.cfi_startproc
	add 3,3,4
	addi 3,3,1
	rlwinm 3,3,31,24,31
	blr
	.cfi_endproc
.LFE3:
	.size	avg_u8,.-avg_u8
	.align 2
	.type	sx8, @function
sx8:
.LFB4:
	.cfi_startproc
	extsb 3,3
	blr
	.cfi_endproc
.LFE4:
	.size	sx8,.-sx8
	.align 2
	.type	zx16.constprop.0, @function
zx16.constprop.0:
.LFB9:
	.cfi_startproc
	li 3,0
	ori 3,3,0xfffe
	blr
	.cfi_endproc
.LFE9:
	.size	zx16.constprop.0,.-zx16.constprop.0
	.align 2
	.type	zx8.constprop.0, @function
zx8.constprop.0:
.LFB10:
	.cfi_startproc
	li 3,255
	blr
	.cfi_endproc
.LFE10:
	.size	zx8.constprop.0,.-zx8.constprop.0
	.align 2
	.type	sx16.constprop.0, @function
sx16.constprop.0:
.LFB11:
	.cfi_startproc
	li 3,-32768
	blr
	.cfi_endproc
.LFE11:
	.size	sx16.constprop.0,.-sx16.constprop.0
	.align 2
	.type	dot16.constprop.0, @function
dot16.constprop.0:
.LFB12:
	.cfi_startproc
	li 9,24
	mr 8,3
	li 10,0
	li 3,0
	mtctr 9
.L9:
	lhax 9,8,10
	lhax 7,4,10
	addi 10,10,2
	mullw 9,9,7
	srawi 9,9,2
	add 3,3,9
	bdnz .L9
	blr
	.cfi_endproc
.LFE12:
	.size	dot16.constprop.0,.-dot16.constprop.0
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"dot16"
.LC1:
	.string	"wrap"
.LC2:
	.string	"sx8(0x80)"
.LC3:
	.string	"sx8(0x17f)"
.LC4:
	.string	"sx16(0x8000)"
.LC5:
	.string	"zx8(-1)"
.LC6:
	.string	"zx16(-2)"
.LC7:
	.string	"wraps:"
.LC8:
	.string	"u"
.LC9:
	.string	"filtered"
.LC10:
	.string	"row 8:"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB8:
	.cfi_startproc
	stwu 1,-144(1)
	.cfi_def_cfa_offset 144
	mflr 0
	li 9,24
	li 10,0
	li 6,30000
	mtctr 9
	stw 0,148(1)
	addi 3,1,56
	stmw 26,120(1)
	.cfi_offset 65, 4
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	addi 4,1,8
.L13:
	mullw 8,10,10
	slwi 7,10,1
	mulli 9,10,1234
	addi 10,10,1
	mulli 8,8,97
	addi 9,9,-14000
	sthx 9,7,3
	divw 9,8,6
	mulli 9,9,30000
	subf 9,9,8
	addi 9,9,-15000
	sthx 9,7,4
	bdnz .L13
	bl dot16.constprop.0
	lis 31,0xffff
	mr 4,3
	lis 3,.LC0@ha
	la 3,.LC0@l(3)
	li 28,0
	bl show_int
	ori 31,31,0x63c0
	li 4,0
	ori 28,28,0xa043
.L14:
	mulli 30,4,7
	extsh 3,31
	mulli 4,31,3
	extsh 4,4
	bl wrap_add
	srawi 4,31,3
	mr 29,3
	extsb 4,4
	extsb 3,31
	bl wrap_mul
	rlwinm 4,31,28,24,31
	add 29,29,3
	rlwinm 3,31,0,0xff
	addi 31,31,3001
	bl avg_u8
	cmpw 0,31,28
	add 3,3,29
	add 4,3,30
	bne+ 0,.L14
	lis 3,.LC1@ha
	li 31,0
	la 3,.LC1@l(3)
	addi 30,1,104
	bl show_hex
	li 3,128
	bl sx8
	mr 4,3
	lis 3,.LC2@ha
	la 3,.LC2@l(3)
	bl show_int
	li 3,383
	bl sx8
	mr 4,3
	lis 3,.LC3@ha
	la 3,.LC3@l(3)
	bl show_int
	bl sx16.constprop.0
	mr 4,3
	lis 3,.LC4@ha
	la 3,.LC4@l(3)
	bl show_int
	bl zx8.constprop.0
	mr 4,3
	lis 3,.LC5@ha
	la 3,.LC5@l(3)
	bl show_int
	bl zx16.constprop.0
	mr 4,3
	lis 3,.LC6@ha
	la 3,.LC6@l(3)
	bl show_int
	lis 9,0x717e
	ori 9,9,0x8b98
	lis 3,.LC7@ha
	stw 9,104(1)
	la 3,.LC7@l(3)
	li 9,-23118
	sth 9,108(1)
	bl print_str
.L15:
	li 3,32
	bl print_char
	lbzx 3,31,30
	addi 31,31,1
	extsb 3,3
	bl print_int
	cmpwi 0,31,6
	bne+ 0,.L15
	bl print_nl
	lis 31,.LANCHOR0@ha
	lis 3,.LC8@ha
	li 4,22
	la 3,.LC8@l(3)
	la 31,.LANCHOR0@l(31)
	bl show_int
	addi 7,31,-1
	li 8,0
.L16:
	li 3,16
	mr 5,8
	slwi 10,8,3
	mr 6,7
	li 9,0
	li 4,16
	mtctr 3
.L17:
	xor 3,9,10
	addi 4,4,-1
	stbu 3,1(6)
	addi 10,10,16
	add 9,9,5
	bdnz .L17
	addi 8,8,1
	addi 7,7,16
	cmpwi 0,8,16
	bne+ 0,.L16
	li 6,16
	li 3,1
	lis 27,.LANCHOR1@ha
	addi 12,31,256
.L18:
	li 8,1
	add 28,31,6
	add 29,12,6
	b .L25
.L19:
	lbzx 10,30,7
	addi 7,7,1
	cmpwi 0,7,2
	extsb 0,10
	lbzx 10,11,7
	extsb 10,10
	mullw 10,10,0
	srawi 10,10,5
	add 9,9,10
	bne+ 0,.L19
	addi 5,5,1
	addi 11,11,3
	cmpwi 0,5,2
	beq- 0,.L20
.L23:
	slwi 30,5,4
	li 7,-1
	add 30,26,30
	b .L19
.L20:
	addic. 9,9,128
	li 10,0
	blt- 0,.L21
	cmpwi 0,9,255
	li 10,-1
	bgt- 0,.L21
	mr 10,9
.L21:
	stbx 10,29,8
	addi 8,8,1
	mulli 4,4,31
	rlwinm 10,10,0,0xff
	cmpwi 0,8,15
	add 4,10,4
	beq- 0,.L22
.L25:
	la 11,.LANCHOR1@l(27)
	li 5,-1
	li 9,0
	add 26,28,8
	b .L23
.L22:
	addi 3,3,1
	addi 6,6,16
	cmpwi 0,3,15
	bne+ 0,.L18
	lis 3,.LC9@ha
	addi 29,31,384
	la 3,.LC9@l(3)
	li 30,14
	bl show_hex
	lis 3,.LC10@ha
	la 3,.LC10@l(3)
	bl print_str
.L26:
	li 3,32
	bl print_char
	lbzu 3,1(29)
	bl print_int
	addic. 30,30,-1
	bne+ 0,.L26
	bl print_nl
	lbz 3,392(31)
	addi 11,1,144
	srwi 3,3,1
	b _restgpr_26_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 65
	.cfi_endproc
.LFE8:
	.size	main,.-main
	.section	.rodata
	.set	.LANCHOR1,. + 0
	.type	k.0, @object
	.size	k.0, 9
k.0:
	.string	""
	.string	"\340"
	.ascii	"\340\177\340"
	.string	""
	.string	"\340"
	.section	".bss"
	.set	.LANCHOR0,. + 0
	.type	img, @object
	.size	img, 256
img:
	.zero	256
	.type	out, @object
	.size	out, 256
out:
	.zero	256
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
